#!/usr/bin/env bash
# Takes a consistent backup of the product's database while the product runs (R4):
#
#   scripts/backup.sh [FILE]        (default backups/xinhuo-<database>-<UTC time>.dump)
#
# pg_dump in custom format (-Fc: compressed, restorable table by table with pg_restore) reads the
# whole database in one snapshot, so the backup is consistent even while users write. The file is
# written beside its final name and renamed only once pg_restore can read its table of contents;
# FILE.sha256 holds its checksum, which restore.sh checks. Restore with scripts/restore.sh.
#
# Which database: QUARKUS_DATASOURCE_JDBC_URL (+ _USERNAME, _PASSWORD), else the running ./run.sh's.
# Needs pg_dump of the server's major version or newer (PG_BIN picks a directory). With the
# docker-compose deployment, run it inside the database container instead (docs/operations.md).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/scripts/lib/database.sh"

use_product_database
require_tool_for_server pg_dump
file=${1:-$root/backups/xinhuo-$PGDATABASE-$(date -u +%Y%m%dT%H%M%SZ).dump}
mkdir -p "$(dirname "$file")"
partial=$file.partial
trap 'rm -f "$partial"' EXIT

started=$(date +%s%N)
"$(pg_tool pg_dump)" --format=custom --compress=6 --file="$partial" "$PGDATABASE"
"$(pg_tool pg_restore)" --list "$partial" > /dev/null
mv "$partial" "$file"
(cd "$(dirname "$file")" && sha256sum "$(basename "$file")" > "$(basename "$file").sha256")
took=$(( ($(date +%s%N) - started) / 1000000 ))
tables=$("$(pg_tool pg_restore)" --list "$file" | grep -c ' TABLE DATA ' || true)
say "backed up $PGDATABASE at $PGHOST:$PGPORT: $tables tables, $(( $(stat -c %s "$file") / 1024 )) kB in $took ms → $file"
echo "$file"
