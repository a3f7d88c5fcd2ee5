#!/usr/bin/env bash
# A private PostgreSQL 15 cluster in a directory of ours.
#   scripts/pg.sh start DIR PORT   initdb on first use, start, create database healthpulse
#   scripts/pg.sh stop DIR         stop it (fast shutdown)
#   scripts/pg.sh url DIR PORT     print the libpq connection string
# PostgreSQL refuses to run as root, so as root the cluster belongs to `postgres`.
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
command_name=${1:?usage: pg.sh start|stop|url DIR [PORT]}
dir=$(realpath -m "${2:?directory required}")
port=${3:-5433}

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    # runuser keeps us out of su's PAM prompts; cd so postgres can read its cwd.
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

url() { echo "host=$dir/run port=$port user=healthpulse dbname=healthpulse"; }

case "$command_name" in
  start)
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$dir"; fi
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      echo "Creating a private PostgreSQL cluster in $dir/data"
      as_owner "$PG_BIN/initdb" -D "$dir/data" -U healthpulse --auth=trust --data-checksums --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    fi
    as_owner mkdir -p "$dir/run"
    if ! as_owner "$PG_BIN/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 start \
        -o "-p $port -k $dir/run -c listen_addresses=localhost -c fsync=${HEALTHPULSE_PG_FSYNC:-on} -c max_connections=200" >/dev/null
    fi
    if ! "$PG_BIN/psql" "host=$dir/run port=$port user=healthpulse dbname=postgres" -tAc \
        "SELECT 1 FROM pg_database WHERE datname = 'healthpulse'" | grep -q 1; then
      "$PG_BIN/createdb" -h "$dir/run" -p "$port" -U healthpulse healthpulse
    fi
    ;;
  stop)
    if [ -f "$dir/data/PG_VERSION" ]; then
      as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    ;;
  url) url ;;
  *) echo "usage: pg.sh start|stop|url DIR [PORT]" >&2; exit 2 ;;
esac
