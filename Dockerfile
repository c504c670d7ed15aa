# syntax=docker/dockerfile:1
# Build stage: install with the native toolchain, build the database and its downloads from seed/.
FROM node:24-bookworm-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json drizzle.config.ts ./
COPY src ./src
COPY seed ./seed
COPY migrations ./migrations
COPY scripts/start.mjs ./scripts/start.mjs
# The zip carries the curation rules, the datasheet, the SQLite guide and the licence (DATASET_DOCUMENTS in
# src/db/version.ts): the dataset version hashes them with seed/.
COPY docs/CURATION.md docs/DATASHEET.md docs/SQLITE.md ./docs/
COPY LICENSE ./
# The database, and the server bundled to plain JavaScript (what npm start runs).
RUN npm run db:build && node scripts/start.mjs --bundle-only && npm prune --omit=dev

# Runtime stage: no toolchain, non-root, the database and its downloads read-only.
FROM node:24-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 DATABASE_PATH=/app/data/ledger.db DATABASE_AUTO_BUILD=false
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/package.json ./
COPY --from=build /app/src ./src
COPY --from=build /app/seed ./seed
# The dataset version, which the server checks its database against, hashes these with seed/.
COPY --from=build /app/docs ./docs
COPY --from=build /app/LICENSE ./
COPY --from=build /app/scripts/start.mjs ./scripts/start.mjs
COPY --from=build /app/dist ./dist
COPY --from=build /app/migrations ./migrations
# The database, its digest and, beside it, the downloads built with it (ledger-downloads/: the zip and the SQLite export).
COPY --from=build /app/data ./data
RUN find ./data -type f -exec chmod 0444 {} + && find ./data -type d -exec chmod 0555 {} + && chown -R root:root /app
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# As npm start runs it, without npm: the bundle, its stack traces mapped through its source map. The
# image is read-only to the node user, so no code cache is written beside the bundle: each start compiles.
CMD ["node", "--max-semi-space-size=8", "scripts/start.mjs"]
