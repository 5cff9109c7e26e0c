#!/usr/bin/env bash
# Start a local PostgreSQL for the PostgreSQL half of the test suite and print its SQLAlchemy URL.
# Idempotent: installs Debian's postgresql only if missing, starts the cluster only if down, creates
# the role and database only if absent. Needs root (apt, su postgres). Progress goes to stderr;
# stdout carries only the URL, so .ci/run can take it or, if this fails, run without PostgreSQL.
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
pg_version=$(ls /usr/lib/postgresql | sort -n | tail -1)
pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$pg_version main" || pg_createcluster "$pg_version" main >/dev/null
pg_lsclusters -h | awk -v v="$pg_version" '$1 == v && $2 == "main" {print $4}' | grep -qx online \
    || pg_ctlcluster "$pg_version" main start >&2
pg_port=$(pg_lsclusters -h | awk -v v="$pg_version" '$1 == v && $2 == "main" {print $3}')
pg_sql() { su postgres -c "psql -p $pg_port -qtAX -c \"$1\""; }
pg_sql "SELECT 1 FROM pg_roles WHERE rolname = 'revtrack'" | grep -q 1 \
    || pg_sql "CREATE ROLE revtrack LOGIN PASSWORD 'revtrack'" >&2
pg_sql "SELECT 1 FROM pg_database WHERE datname = 'revtrack_test'" | grep -q 1 \
    || pg_sql "CREATE DATABASE revtrack_test OWNER revtrack" >&2
echo "postgresql+psycopg://revtrack:revtrack@localhost:$pg_port/revtrack_test"
