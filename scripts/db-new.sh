#!/usr/bin/env bash
# `npm run db:new -- <name>`: create a migration from the schema diff, for BOTH providers (docs/postgresql.md).
# prisma/schema.prisma is the source of truth; prisma/postgresql/schema.prisma is regenerated from it here.
#  - SQLite: prisma/migrations/<ts>_<name>/, then applied to the dev database and the client regenerated.
#  - PostgreSQL: prisma/postgresql/migrations/<ts>_<name>/ (same timestamp). 6.19's CLI needs a live PostgreSQL even
#    to diff two schema files, so a throwaway cluster is started (scripts/pg-cluster.sh) unless PG_DIFF_URL points
#    at a scratch database. DB_NEW_SKIP_PG=1 skips PostgreSQL (then `npm run test:pg` fails until someone adds it).
# (prisma 6.19's wasm `migrate dev` is unreliable; see README "Database".)
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: npm run db:new -- <name>}
export CHECKPOINT_DISABLE=1

# The SQLite half always works on the SQLite dev database, whatever DATABASE_PROVIDER the shell has.
sqlite_env=(env DATABASE_PROVIDER=sqlite)
case "${DATABASE_URL:-}" in postgres://* | postgresql://*) sqlite_env+=(-u DATABASE_URL) ;; esac

work=$(mktemp -d)
cluster=""
cleanup() {
  [ -z "$cluster" ] || bash scripts/pg-cluster.sh stop "$cluster" || true
  rm -rf "$work"
}
trap cleanup EXIT

# Diff from the last committed schema (--from-migrations needs a shadow database, which 6.19's wasm engine fails to
# build for SQLite and for PostgreSQL through the adapter). So commit the schemas together with each migration.
from_args() { # <committed schema path> <migrations dir> → prints the --from-… arguments, one per line
  if ls "$2"/*/migration.sql >/dev/null 2>&1 && git show "HEAD:$1" >"$work/old-$(basename "$2").prisma" 2>/dev/null; then
    printf '%s\n' --from-schema-datamodel "$work/old-$(basename "$2").prisma"
  else
    printf '%s\n' --from-empty
  fi
}
run_sqlite() { "${sqlite_env[@]}" "$@"; }
run_pg() { DATABASE_PROVIDER=postgresql DATABASE_URL=$pg_url "$@"; }
diff_to() { # <runner> <out.sql> <schema> <from args…> → exit code 0 (no changes) / 2 (changes)
  local run=$1 out=$2 schema=$3; shift 3
  set +e
  "$run" npx prisma migrate diff "$@" --to-schema-datamodel "$schema" --script --exit-code -o "$out"
  local code=$?
  set -e
  [ "$code" = 0 ] || [ "$code" = 2 ] || exit "$code"
  return "$code"
}

mapfile -t from < <(from_args prisma/schema.prisma prisma/migrations)
sqlite_code=0
diff_to run_sqlite "$work/sqlite.sql" prisma/schema.prisma "${from[@]}" || sqlite_code=$?

pg_code=0
if [ "${DB_NEW_SKIP_PG:-}" != 1 ]; then
  npx tsx scripts/pg-schema.ts
  pg_url=${PG_DIFF_URL:-}
  if [ -z "$pg_url" ]; then
    cluster="$work/cluster"
    chmod 755 "$work"
    pg_url=$(bash scripts/pg-cluster.sh start "$cluster") \
      || { echo "No PostgreSQL to diff against: apt-get install -y postgresql, set PG_DIFF_URL, or DB_NEW_SKIP_PG=1" >&2; exit 1; }
  fi
  mapfile -t from < <(from_args prisma/postgresql/schema.prisma prisma/postgresql/migrations)
  diff_to run_pg "$work/pg.sql" prisma/postgresql/schema.prisma "${from[@]}" || pg_code=$?
fi

if [ "$sqlite_code" = 0 ] && [ "$pg_code" = 0 ]; then echo "No schema changes."; exit 0; fi
ts=$(date -u +%Y%m%d%H%M%S)
if [ "$pg_code" = 2 ]; then
  dir="prisma/postgresql/migrations/${ts}_${name}"
  mkdir -p "$dir"
  mv "$work/pg.sql" "$dir/migration.sql"
  [ -f prisma/postgresql/migrations/migration_lock.toml ] \
    || printf 'provider = "postgresql"\n' > prisma/postgresql/migrations/migration_lock.toml
  echo "Created $dir (commit it with prisma/postgresql/schema.prisma)"
fi
if [ "$sqlite_code" = 2 ]; then
  dir="prisma/migrations/${ts}_${name}"
  mkdir -p "$dir"
  mv "$work/sqlite.sql" "$dir/migration.sql"
  [ -f prisma/migrations/migration_lock.toml ] || printf 'provider = "sqlite"\n' > prisma/migrations/migration_lock.toml
  run_sqlite npx prisma migrate deploy
  run_sqlite npx prisma generate
  echo "Created $dir"
fi
