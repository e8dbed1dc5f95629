# Sourced by test.sh and demo.sh: installs the npm dependencies when they are missing or stale.
install_dependencies() {
  command -v node >/dev/null 2>&1 || { echo "Node.js 20.19 or newer is required" >&2; exit 1; }
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "[install] npm ci"
    npm ci --no-audit --no-fund
  fi
}
