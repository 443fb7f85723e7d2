# Kafka Bot image: compiled JavaScript on node:20-slim, run as the non-root `node` user.
# UNBUILT: this project is developed on machines with no Docker engine that reach no image registry,
# so this image has never been built or run there. Build it and try it once before relying on it
# (docs/operations.md, "Docker"). test/dockerfile.test.ts checks only what can be checked without
# Docker: what it copies exists, what it runs is what npm start runs, the health check's URL.

# --- build: dependencies (better-sqlite3 compiles when no prebuilt binary fits: python3, make, g++),
#     TypeScript -> dist/, then the dev dependencies removed ---
FROM node:20-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY adapters ./adapters
COPY bench ./bench
COPY scripts ./scripts
RUN npm run build && npm prune --omit=dev && npm cache clean --force

# --- runtime ---
FROM node:20-slim
ENV NODE_ENV=production \
    PORT=3000 \
    ADMIN_PORT=9100 \
    KNOWLEDGE_DIR=/app/knowledge \
    DATA_DIR=/app/data
WORKDIR /app
# package.json: "type": "module" makes Node read dist/*.js as ES modules.
COPY --chown=node:node package.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
# The bundled notes; mount the team's own over it (-v "$PWD/notes:/app/knowledge:ro").
COPY --chown=node:node knowledge ./knowledge
RUN mkdir -p /app/data && chown node:node /app/data
USER node
# The SQLite file and the knowledge snapshots. Several replicas share REDIS_URL instead of this volume.
VOLUME ["/app/data"]
# Slack HTTP mode and Teams (/slack/events, /api/messages). The admin port (/readyz, /metrics) stays private.
EXPOSE 3000
# Liveness on the admin server, from inside the container: it runs in every chat mode, while the
# public port does not listen in Slack Socket Mode.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.ADMIN_PORT||9100)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# docker stop sends SIGTERM: requests in flight finish, the store closes, exit 0.
CMD ["node", "dist/adapters/main.js"]
