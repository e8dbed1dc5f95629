#!/usr/bin/env bash
# Installs the validators of the infra tests (test/infra) when they are missing, from the
# Debian/Ubuntu packages: docker-compose (its `config` parses a Compose file without an engine)
# and promtool (package prometheus). kubectl renders the Kubernetes overlays (`kubectl kustomize`).
set -euo pipefail

packages=()
command -v docker-compose >/dev/null 2>&1 || packages+=(docker-compose)
command -v promtool >/dev/null 2>&1 || packages+=(prometheus)

if [ ${#packages[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "[infra-tools] installing ${packages[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${packages[@]}" >/dev/null
  # The prometheus package may start a server; only its promtool is wanted here.
  $sudo systemctl stop prometheus >/dev/null 2>&1 || true
fi

if ! command -v kubectl >/dev/null 2>&1; then
  echo "[infra-tools] kubectl is missing: install it (https://kubernetes.io/docs/tasks/tools/)" >&2
  exit 1
fi
