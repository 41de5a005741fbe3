# syntax=docker/dockerfile:1
# One image for the three services of docker-compose.yml (migrate, bot, worker): production
# dependencies only, run as the unprivileged `node` user, with tini as PID 1 so that SIGTERM
# reaches node itself (not npm or a shell) and the bot and workers finish in-flight answers.
ARG NODE_VERSION=24

FROM node:${NODE_VERSION}-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: nothing in the dependency tree needs an install script to run here.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
RUN apt-get update \
  && apt-get install -y --no-install-recommends tini \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production DATA_DIR=/data
WORKDIR /app
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --chown=node:node package.json package-lock.json tsconfig.json ./
COPY --chown=node:node src ./src
COPY --chown=node:node commands ./commands
COPY --chown=node:node ingest ./ingest
COPY --chown=node:node training ./training
COPY --chown=node:node supabase ./supabase
COPY --chown=node:node research ./research
COPY --chown=node:node docs ./docs
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
ENTRYPOINT ["/usr/bin/tini", "--"]
# node runs the TypeScript entry point through tsx's loader: one process, which receives signals.
CMD ["node", "--import", "tsx", "src/main/bot.ts"]
