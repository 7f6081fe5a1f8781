# Kizuna image, built by docker-compose.yml (or `docker build -t kizuna .`).
# NOT built or run by this repository's CI: its machines have no Docker engine (see the README).
#
# Two stages: `build` installs every dependency and runs `npm run build:code` (widget bundles, tsc
# to dist/, and the server bundled into dist/bundle/main.js); `runtime` installs production
# dependencies only and copies what the service reads.

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# `npm install`, not `npm ci`: see the README (optional per-platform binaries of the embedded engine).
RUN npm install --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
# The code only: this stage has no seeds, and the seed caches belong to the runtime image's start.
RUN npm run build:code

FROM node:24-bookworm-slim AS runtime
# tini as PID 1: forwards SIGTERM to node (which drains requests and closes the store) and reaps children.
RUN apt-get update \
  && apt-get install -y --no-install-recommends tini \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
COPY package.json package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY src/widget/static ./src/widget/static
COPY seeds ./seeds
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "dist/bundle/main.js"]
