# Sourced by test.sh: make sure a PostgreSQL server is reachable and export TEST_DATABASE_URL.
# Uses $TEST_DATABASE_URL when given; otherwise starts a throwaway cluster on loopback
# (installing Debian's postgresql when its binaries are missing) and stops it on exit.
set -euo pipefail
if [ -z "${TEST_DATABASE_URL:-}" ]; then
  PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)"
  if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
    echo "meldwijzer: PostgreSQL-server installeren (apt-get) ..." >&2
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)"
  fi
  PGDIR="$(mktemp -d /tmp/meldwijzer-pg.XXXXXX)"
  PGPORT="${PGPORT:-$(( 20000 + RANDOM % 20000 ))}"
  as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi; }
  if [ "$(id -u)" = 0 ]; then chown postgres "$PGDIR"; fi
  as_pg "'$PGBIN/initdb' -D '$PGDIR/data' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
  as_pg "'$PGBIN/pg_ctl' -D '$PGDIR/data' -l '$PGDIR/log' -o '-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off' -w start" >/dev/null
  _pg_stop() { as_pg "'$PGBIN/pg_ctl' -D '$PGDIR/data' -m fast -w stop" >/dev/null 2>&1 || true; rm -rf "$PGDIR"; }
  trap _pg_stop EXIT
  export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PGPORT/meldwijzer"
  export MELDWIJZER_PG_BIN="$PGBIN"
fi
