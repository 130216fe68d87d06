#!/usr/bin/env bash
# `npm run bench:live -- --players N`: starts the app on its own database (tmp/bench-live.db) and port
# (BENCH_PORT, default 3390), builds it first if there is no build, then runs scripts/bench-live.ts against it and
# stops it. Pass --url to measure an app that is already running instead (then --db must name its SQLite file).
set -euo pipefail
cd "$(dirname "$0")/.."
case " $* " in
  *" --url "*) exec npx tsx scripts/bench-live.ts "$@" ;;
esac
port=${BENCH_PORT:-3390}
db=tmp/bench-live.db
mkdir -p tmp
rm -f "$db" "$db-journal" "$db-wal" "$db-shm"
export DATABASE_URL="file:./$db" NEXT_TELEMETRY_DISABLED=1 BETTER_AUTH_URL="http://127.0.0.1:$port"
export AUTH_SECRET_FILE=${AUTH_SECRET_FILE:-tmp/bench-auth-secret}
npx prisma migrate deploy >/dev/null
node scripts/build-if-changed.mjs >/dev/null # builds (npm run build) when the sources changed since the last build
# the production server as `npm start` runs it (Next plus the node:http fast paths, scripts/server.mjs);
# BENCH_APP_NODE_ARGS="--cpu-prof --cpu-prof-dir=tmp/prof" profiles it
# shellcheck disable=SC2086
node ${BENCH_APP_NODE_ARGS:-} scripts/server.mjs -p "$port" -H 127.0.0.1 >tmp/bench-live-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/play" && break
  sleep 1
done
npx tsx scripts/bench-live.ts --url "http://127.0.0.1:$port" --db "$db" --server-pid "$server" "$@"
