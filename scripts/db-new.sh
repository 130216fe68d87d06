#!/usr/bin/env bash
# Create a migration from the schema diff (prisma 6.19's wasm `migrate dev` is unreliable; see README "Database").
set -euo pipefail
name=${1:?usage: npm run db:new -- <name>}
tmp=$(mktemp)
# Diff from the last committed schema (--from-migrations needs a shadow database, which 6.19's wasm engine fails to
# build for SQLite). So commit the schema together with each migration.
old=$(mktemp --suffix=.prisma)
if ls prisma/migrations/*/migration.sql >/dev/null 2>&1 && git show HEAD:prisma/schema.prisma > "$old" 2>/dev/null; then
  from=(--from-schema-datamodel "$old")
else
  from=(--from-empty)
fi
set +e
npx prisma migrate diff "${from[@]}" --to-schema-datamodel prisma/schema.prisma --script --exit-code -o "$tmp"
code=$?
set -e
if [ "$code" = 0 ]; then echo "No schema changes."; rm -f "$tmp"; exit 0; fi
[ "$code" = 2 ] || exit "$code"
dir="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_${name}"
mkdir -p "$dir"
mv "$tmp" "$dir/migration.sql"
[ -f prisma/migrations/migration_lock.toml ] || printf 'provider = "sqlite"\n' > prisma/migrations/migration_lock.toml
npx prisma migrate deploy
npx prisma generate
echo "Created $dir"
