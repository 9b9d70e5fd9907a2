#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests and benchmarks, from Debian's `postgresql` package.
#   test/postgres-cluster.sh start [DIR] [PORT]   prints the server's URL (postgresql://postgres@127.0.0.1:PORT)
#   test/postgres-cluster.sh crash-restart [DIR] [PORT]   stops it as a crash would (no checkpoint), starts it again
#   test/postgres-cluster.sh stop [DIR]
# PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` user.
# Its data lives in DIR (default /tmp/parallax-pg) and is gone after stop; the superuser needs no
# password and the server listens on 127.0.0.1 only.
set -euo pipefail
action=${1:?start or stop}
dir=${2:-/tmp/parallax-pg}
port=${3:-54329}
bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
if [ -z "$bin" ] || [ ! -x "$bin/pg_ctl" ]; then
  echo "PostgreSQL's server programs are not installed (apt-get install postgresql), or set PG_BIN" >&2
  exit 1
fi
options="-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$action" in
  start)
    if [ ! -f "$dir/PG_VERSION" ]; then
      mkdir -p "$dir"
      [ "$(id -u)" = 0 ] && chown postgres "$dir"
      as_owner "$bin/initdb" -D "$dir" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/log" -w -o "$options" start >/dev/null
    echo "postgresql://postgres@127.0.0.1:$port"
    ;;
  crash-restart)
    as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/log" -w -m immediate -o "$options" restart >/dev/null
    ;;
  stop)
    as_owner "$bin/pg_ctl" -D "$dir" -m fast stop >/dev/null
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|crash-restart|stop [DIR] [PORT]" >&2
    exit 2
    ;;
esac
