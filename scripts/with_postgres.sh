#!/usr/bin/env bash
# Run a command against a throwaway PostgreSQL server on loopback:
#   scripts/with_postgres.sh make test
# It creates a cluster in a temporary folder, starts it on a free port, exports DATABASE_URL
# and CAREERQUIZ_EXPECT_DB=postgresql (and CAREERQUIZ_PG_BIN/_DATA), runs the command, then stops and removes the cluster.
set -euo pipefail

bindir=""
for candidate in "$(dirname "$(readlink -f "$(command -v initdb 2>/dev/null || echo /nonexistent)")")" \
                 /usr/lib/postgresql/*/bin; do
  if [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then bindir="$candidate"; break; fi
done
if [ -z "$bindir" ]; then
  echo "with_postgres: PostgreSQL server binaries (initdb, pg_ctl) not found;" \
       "install Debian's postgresql package." >&2
  exit 1
fi

workdir=$(mktemp -d /tmp/careerquiz-pg.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
run_as=()
if [ "$(id -u)" = "0" ]; then
  # PostgreSQL refuses to run as root: use the postgres system user.
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$workdir"
  run_as=(runuser -u postgres --)
fi

cleanup() {
  "${run_as[@]}" "$bindir/pg_ctl" -D "$workdir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$workdir"
}
trap cleanup EXIT

"${run_as[@]}" "$bindir/initdb" -D "$workdir/data" -U careerquiz --auth=trust -E UTF8 >/dev/null
# In postgresql.conf rather than on the command line, so a plain `pg_ctl start` after a stop
# (the outage tests) brings the server back on the same port.
printf "port = %s\nunix_socket_directories = '%s'\nlisten_addresses = '127.0.0.1'\n%s\n" \
  "$port" "$workdir" "fsync = off
max_connections = 300" | "${run_as[@]}" tee -a "$workdir/data/postgresql.conf" >/dev/null
"${run_as[@]}" "$bindir/pg_ctl" -D "$workdir/data" -l "$workdir/server.log" -w start >/dev/null
"$bindir/createdb" -h 127.0.0.1 -p "$port" -U careerquiz careerquiz

export DATABASE_URL="postgres://careerquiz@127.0.0.1:$port/careerquiz"
export CAREERQUIZ_EXPECT_DB=postgresql
# For the tests that stop and start this server (tests/careerquiz/test_database_outage.py).
export CAREERQUIZ_PG_BIN="$bindir" CAREERQUIZ_PG_DATA="$workdir/data"
echo "with_postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
"$@"
