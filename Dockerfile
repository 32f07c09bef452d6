# One image for the gateway and the worker; the command picks (see docker-compose.yml).
#   docker build -t tutti .
#   docker run -e DATABASE_URL=... -e JWT_SECRET=... -e TUTTI_ENCRYPTION_KEY=... -p 3000:3000 tutti

# --- build: every dependency, the compiled server and the web app ---------------------------
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY prisma ./prisma
COPY scripts ./scripts
COPY libs ./libs
COPY apps ./apps
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

# --- runtime: production dependencies only, no compiler, not root ----------------------------
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    WORKER_PORT=3001
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./package.json
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
# Migrations are applied at run time (the control plane at start, tenants by their jobs).
COPY --from=build --chown=node:node /app/prisma ./prisma
USER node
EXPOSE 3000 3001
# The gateway's /health on PORT; the worker's on WORKER_PORT (compose sets HEALTH_PORT for it).
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.HEALTH_PORT||process.env.PORT)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/apps/gateway/src/main.js"]
