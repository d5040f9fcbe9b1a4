#!/usr/bin/env bash
# The nation's dashboard timed one call at a time, as the top's admin: nation-dashboard.sh <api> [calls] [period]
# Prints the HTTP status and seconds of each call (docs/performance.md, "National scale").
set -euo pipefail
api=$1; n=${2:-5}; period=${3:-2026-H1}
token=$(curl -s -H 'Content-Type: application/json' -d '{"username":"org1-admin","password":"Xinhuo@2016"}' \
  "$api/api/v1/auth/login" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
for _ in $(seq "$n"); do
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $token" \
    "$api/api/v1/stats/summary?orgId=1&period=$period"
done
