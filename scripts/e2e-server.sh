#!/usr/bin/env bash
# Playwright's web server: a fresh e2e database (never dev.db), migrated and seeded, behind a production build.
set -euo pipefail
port=${1:-3210}
export DATABASE_URL=${DATABASE_URL:-file:./tmp/e2e.db}
export NEXT_TELEMETRY_DISABLED=1
# The review schedule's test clock (/api/test/clock); lib/env.ts refuses it unless the server is loopback http.
export FAHM_TEST_CLOCK=${FAHM_TEST_CLOCK:-1}
# every spec signs up its own teachers from 127.0.0.1: more than the default 30 an hour (tests/lib/auth-limits.test.ts
# checks the default limit itself)
export SIGN_UP_LIMIT_PER_HOUR=${SIGN_UP_LIMIT_PER_HOUR:-2000}
export PORT="$port"
export BETTER_AUTH_URL=${BETTER_AUTH_URL:-http://127.0.0.1:$port}
# production refuses to start without a secret (lib/env.ts): the e2e server keeps its own, generated once
export AUTH_SECRET_FILE=${AUTH_SECRET_FILE:-tmp/e2e-auth-secret}
db=${DATABASE_URL#file:}
mkdir -p "$(dirname "$db")"
rm -f "$db" "$db-journal" "$db-wal" "$db-shm" # a killed server leaves its WAL behind: a new file beside it reads as "disk I/O error"
npx prisma migrate deploy
npx tsx prisma/seed.ts
# builds (generator worker + next build) only when the sources changed since the last build (issue 9)
node scripts/build-if-changed.mjs
exec node scripts/server.mjs -p "$port" -H 127.0.0.1
