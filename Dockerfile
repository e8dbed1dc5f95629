# syntax=docker/dockerfile:1
# One image recipe for every service: docker build --build-arg APP=rental -t book-rental/rental .
# Node 26 is the Active LTS line (since October 2026).
ARG NODE_IMAGE=node:26-slim

# 1. Build one app with every dependency (Nest CLI, TypeScript, webpack).
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY nest-cli.json tsconfig.json tsconfig.build.json .swcrc ./
COPY libs ./libs
COPY apps ./apps
ARG APP
RUN test -n "$APP" || { echo "build with --build-arg APP=<service>" >&2; exit 1; }
RUN npx nest build "$APP"

# 2. Production dependencies only: no compilers, test tools or optional local-mode packages.
FROM ${NODE_IMAGE} AS production-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --omit=optional --no-audit --no-fund --ignore-scripts \
  && npm cache clean --force

# 3. The runtime: the bundle, its dependencies, and nothing else, run as the unprivileged user.
FROM ${NODE_IMAGE}
ARG APP
ENV NODE_ENV=production \
    PORT=3000
WORKDIR /app
COPY --from=production-deps --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/dist/apps/${APP}/ ./dist/
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.PORT+'/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Exec form: node is PID 1 and receives SIGTERM itself; runService() handles it (drain, flush,
# exit 0). No npm or shell in between to swallow the signal.
CMD ["node", "dist/main.js"]
