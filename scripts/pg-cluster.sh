#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests (Debian's postgresql package), owned by the postgres user, on 127.0.0.1.
#   bash scripts/pg-cluster.sh start <dir> [port]   → initdb (if needed) + start on <port> (default: the first free
#                                                     one from 55432); prints the DATABASE_URL of database "fahm"
#   bash scripts/pg-cluster.sh stop <dir>           → fast shutdown and delete <dir>
# Runs as root (switches to postgres) or as an ordinary user (runs the server as that user).
set -euo pipefail
cmd=${1:?usage: pg-cluster.sh start|stop <dir> [port]}
dir=${2:?usage: pg-cluster.sh start|stop <dir> [port]}
port=${3:-}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bindir" ] || { echo "PostgreSQL is not installed (apt-get install -y postgresql)" >&2; exit 1; }

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
  start)
    if [ -z "$port" ]; then
      port=55432
      while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
    fi
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_pg "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    # Only TCP on 127.0.0.1, socket in the temp dir (not /var/run/postgresql), no fsync: a test cluster. Another
    # cluster may take the free port between the probe and the start: then the next port (when none was asked for).
    tries=0
    until as_pg "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null; do
      tries=$((tries + 1))
      if [ -n "${3:-}" ] || [ "$tries" -ge 5 ] || ! grep -q "Address already in use" "$dir/server.log"; then
        cat "$dir/server.log" >&2
        exit 1
      fi
      port=$((port + 1 + RANDOM % 20))
    done
    as_pg "$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -qtAc \
      "SELECT 1 FROM pg_database WHERE datname = 'fahm'" | grep -q 1 \
      || as_pg "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres fahm
    echo "postgresql://postgres@127.0.0.1:$port/fahm"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then as_pg "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true; fi
    rm -rf "$dir"
    ;;
  *) echo "unknown command $cmd" >&2; exit 2 ;;
esac
