# Sourced by backup.sh and restore.sh: finds the product's database and the PostgreSQL client
# tools for it, and sets the libpq variables (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD).
#
# The database: QUARKUS_DATASOURCE_JDBC_URL (+ _USERNAME, _PASSWORD), the product's own settings;
# else the running local run's embedded server ($XINHUO_DATA_DIR, default .local).
# The tools: pg_dump, pg_restore and psql from PG_BIN when set (e.g. /usr/lib/postgresql/17/bin),
# else from PATH. pg_dump must be of the server's major version or newer: it refuses newer servers.

say() { printf '[%s] %s\n' "$(basename "$0" .sh)" "$*" >&2; }
die() { say "$*"; exit 1; }

pg_tool() { # name → the binary to run
  if [ -n "${PG_BIN:-}" ]; then printf '%s/%s' "$PG_BIN" "$1"; else command -v "$1" || die "$1 not found: install the PostgreSQL client (Debian: apt-get install postgresql-client) or set PG_BIN"; fi
}

use_product_database() {
  local url=${QUARKUS_DATASOURCE_JDBC_URL:-}
  if [ -z "$url" ]; then
    local log=${XINHUO_DATA_DIR:-$root/.local}/logs/database.log
    [ -f "$log" ] && url=$(sed -n 's/^JDBC_URL=//p' "$log" | head -n 1)
    [ -n "$url" ] || die "no database: set QUARKUS_DATASOURCE_JDBC_URL (+ _USERNAME, _PASSWORD), or start ./run.sh"
  fi
  # jdbc:postgresql://host[:port]/database[?key=value&…]
  [[ $url =~ ^jdbc:postgresql://([^/:?]+)(:([0-9]+))?/([^?]+)(\?(.*))?$ ]] || die "not a PostgreSQL JDBC URL: $url"
  export PGHOST=${BASH_REMATCH[1]} PGPORT=${BASH_REMATCH[3]:-5432} PGDATABASE=${BASH_REMATCH[4]}
  local query=${BASH_REMATCH[6]:-} user=""
  [[ "&$query&" =~ \&user=([^\&]*)\& ]] && user=${BASH_REMATCH[1]}
  export PGUSER=${QUARKUS_DATASOURCE_USERNAME:-${user:-postgres}}
  export PGPASSWORD=${QUARKUS_DATASOURCE_PASSWORD:-${PGPASSWORD:-postgres}}
  PSQL=("$(pg_tool psql)" -X -q -A -t -v ON_ERROR_STOP=1)
}

require_tool_for_server() { # tool: its major version must be at least the server's
  local tool server_num client
  tool=$(pg_tool "$1")
  server_num=$("${PSQL[@]}" -d "${2:-$PGDATABASE}" -c 'show server_version_num') || die "cannot reach the database at $PGHOST:$PGPORT"
  client=$("$tool" --version | sed -E 's/.* ([0-9]+)(\.[0-9]+)?.*/\1/')
  [ "$client" -ge $((server_num / 10000)) ] || die "$1 $client cannot handle PostgreSQL $((server_num / 10000)): use the server's major version (PG_BIN)"
}
