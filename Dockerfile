# callguard: multi-stage build, runs as the unprivileged "node" user.
#   docker build -t callguard .
#   docker compose up            (the bot and PostgreSQL: compose.yaml)
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# npm ci applies them (postinstall: patch-package): botbuilder's Azure sign-in code loads on first use.
COPY patches patches
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts scripts
COPY src src
COPY dialogs dialogs
COPY intents intents
# Compile, check the content, and train the NLU models into .cache/ so that the container's
# first answer does not wait for training.
RUN npm run build \
 && npm run --silent validate \
 && node dist/cli/prepare-models.js \
 && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    DATA_DIR=/data \
    HEALTH_PORT=8080 \
    HEALTH_HOST=0.0.0.0 \
    LOG_FORMAT=json \
    WECHATY_NAME=/data/callguard
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
# src/ stays beside dist/: the model cache is keyed by the sources the build came from.
COPY --from=build /app/src src
COPY --from=build /app/dialogs dialogs
COPY --from=build /app/intents intents
# The operator console's page (served when CONSOLE_PORT is set, with CONSOLE_TOKEN off loopback).
COPY console console
COPY --from=build --chown=node:node /app/.cache .cache
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD node -e "fetch('http://127.0.0.1:8080/healthz').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# WeChat needs WECHATY_PUPPET (and its token); see .env.example.
# As npm start: V8 collects garbage before growing the heap, two malloc arenas instead of one per
# thread (docs/memory-and-startup.md: RSS with 10,000 stored conversations ~300 -> ~185 MB).
ENV MALLOC_ARENA_MAX=2
CMD ["node", "--optimize-for-size", "dist/main.js"]
