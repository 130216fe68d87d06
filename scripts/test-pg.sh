#!/usr/bin/env bash
# `npm run test:pg`: proves Fahm runs on PostgreSQL (docs/postgresql.md). Installs Debian's postgresql if missing,
# starts a throwaway cluster on 127.0.0.1, then with DATABASE_PROVIDER=postgresql: checks the PostgreSQL schema is
# up to date, generates a PostgreSQL client, applies prisma/postgresql/migrations, seeds (twice: idempotent) and runs
# scripts/pg-smoke.ts through the app's own lib modules; then two processes at once (two app instances) take tries at
# one rate limit, which must count them together (scripts/pg-limits.ts). Stops and deletes the cluster at the end,
# pass or fail.
#
# The shared client in lib/generated/prisma (SQLite) is never touched: the PostgreSQL client is generated into a
# private folder (lib/generated/prisma-pg-<pid>) and tsx maps "@/lib/generated/prisma/*" to it through a temporary
# tsconfig, so tests running at the same time are unaffected. At the end the SQLite client is checked and regenerated
# only if it is missing or not SQLite.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
start=$(date +%s)
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  [ "$(id -u)" = 0 ] || { echo "PostgreSQL is not installed: sudo apt-get install -y postgresql" >&2; exit 1; }
  echo "Installing Debian's postgresql…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

work=$(mktemp -d /tmp/fahm-pg-XXXXXX)
chmod 755 "$work"
client="lib/generated/prisma-pg-$$"
sqlite_client_ok() { grep -qs '"activeProvider": "sqlite"\|activeProvider":"sqlite' lib/generated/prisma/internal/class.ts; }
cleanup() {
  local rc=$?
  bash scripts/pg-cluster.sh stop "$work/cluster" || true
  rm -rf "$work" "$client"
  if ! sqlite_client_ok; then
    echo "Regenerating the SQLite client…"
    env -u DATABASE_PROVIDER -u DATABASE_URL npx prisma generate >/dev/null
  fi
  echo "test:pg $([ "$rc" = 0 ] && echo passed || echo FAILED) in $(( $(date +%s) - start ))s"
  exit "$rc"
}
trap cleanup EXIT

step() { echo "▸ $* ($(( $(date +%s) - start ))s)"; }

step "starting a temporary PostgreSQL cluster"
url=$(bash scripts/pg-cluster.sh start "$work/cluster")
export DATABASE_PROVIDER=postgresql DATABASE_URL="$url" BETTER_AUTH_SECRET=pg-smoke-secret-0123456789abcdef0123456789
echo "  $url ($(/usr/lib/postgresql/*/bin/postgres --version | head -1))"

step "prisma/postgresql/schema.prisma is up to date"
npx tsx scripts/pg-schema.ts --check

step "generating a private PostgreSQL client into $client"
npx tsx scripts/pg-schema.ts --out "$work/schema.prisma" --client "$client" >/dev/null
npx prisma generate --schema "$work/schema.prisma" >/dev/null
cat > "$work/tsconfig.json" <<JSON
{
  "extends": "$root/tsconfig.json",
  "compilerOptions": {
    "paths": { "@/lib/generated/prisma/*": ["$root/$client/*"], "@/*": ["$root/*"] }
  }
}
JSON
run_ts() { npx tsx --tsconfig "$work/tsconfig.json" --conditions=react-server --import "$root/scripts/server-conditions.mjs" "$@"; }

step "prisma migrate deploy (prisma/postgresql/migrations)"
npx prisma migrate deploy >"$work/deploy.log" 2>&1 || { cat "$work/deploy.log" >&2; exit 1; }
grep -E "migrations? found|successfully applied" "$work/deploy.log" | sed 's/^/  /'

step "seed (twice: idempotent)"
run_ts prisma/seed.ts
run_ts prisma/seed.ts

step "smoke test through the app's lib modules"
node scripts/build-generator-worker.mjs # createArticle runs the generator from this bundle
run_ts scripts/pg-smoke.ts

step "rate limits shared by two app instances (two processes, one database)"
key="proof-$$"
run_ts scripts/pg-limits.ts "$key" 8 10 >"$work/limits-a.json" &
a=$!
run_ts scripts/pg-limits.ts "$key" 8 10 >"$work/limits-b.json" &
b=$!
wait "$a"
wait "$b"
cat "$work/limits-a.json" "$work/limits-b.json" | sed 's/^/  /'
count() { sed -E 's/.*"allowed":([0-9]+).*/\1/' "$1"; }
allowed=$(( $(count "$work/limits-a.json") + $(count "$work/limits-b.json") ))
# 16 tries at a limit of 10: shared counters allow exactly 10 in all; per-process ones would have allowed 16.
[ "$allowed" = 10 ] || { echo "  FAILED: the two instances were allowed $allowed tries in all, not 10" >&2; exit 1; }
echo "  ok  16 tries from two instances at a limit of 10: 10 allowed in all"

step "live games shared by two app processes (LISTEN/NOTIFY)"
FAHM_TSCONFIG="$work/tsconfig.json" run_ts scripts/pg-live-cluster.ts
