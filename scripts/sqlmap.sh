#!/usr/bin/env bash
# SQL injection test (security requirement V2): runs sqlmap against the main filtered and search
# endpoints of the product running locally, logged in as a demo administrator, and writes a
# Markdown report: command, date, machine, every endpoint and parameter tested and sqlmap's
# verdict on each, and the lines of sqlmap's output that carry a verdict.
#
#   scripts/sqlmap.sh [--url http://localhost:8080] [--report FILE] [--level 5] [--risk 3] [--technique BEUSTQ]
#   scripts/sqlmap.sh --report-only [--report FILE]     (the report again, from the last run's logs)
#
# Without --url it starts its own product, API only, on a throw-away embedded PostgreSQL with the
# demo data (./run.sh with XINHUO_API_ONLY=1; needs `./mvnw -DskipTests package` done), with the
# login limits raised (per address and per username) so that the login form itself can be tested, and stops it at the
# end. With --url it tests that running product (it must have the demo accounts; its login limit of
# 30 a minute per address then makes the login's own run mostly 429s).
#
# Needs sqlmap (Debian: apt-get install -y sqlmap; written against 1.7.2) and curl. Run by hand,
# not by CI: about ten minutes on two cores. One sqlmap run per parameter, the others kept at
# their real values (so a true and a false condition answer differently): level 5 and risk 3 (every
# payload sqlmap has, OR-based ones included: every request tested is a read, or the login of an
# unknown user), every technique (B boolean, E error, U union, S stacked, T time with 2 s, Q
# inline), the DBMS given (PostgreSQL). The report goes to --report (default
# target/sqlmap/report.md); sqlmap's logs and HTTP traffic beside it in target/sqlmap/runs/.
# Exit status: 0 when sqlmap finds nothing, 1 when a parameter is injectable or has no verdict,
# 2 when it could not run.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

url="" report="" level=5 risk=3 technique=BEUSTQ report_only=0
while [ $# -gt 0 ]; do
  case "$1" in
    --url) url=$2; shift 2 ;;
    --report) report=$2; shift 2 ;;
    --level) level=$2; shift 2 ;;
    --risk) risk=$2; shift 2 ;;
    --technique) technique=$2; shift 2 ;;
    --report-only) report_only=1; shift ;;
    -h|--help) sed -n '2,/^set -euo pipefail/{/^#/p}' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
command -v sqlmap >/dev/null || { echo "sqlmap is missing: apt-get install -y sqlmap" >&2; exit 2; }
out=$root/target/sqlmap
report=${report:-$out/report.md}
say() { printf '[sqlmap.sh] %s\n' "$*" >&2; }
args=(--batch --disable-coloring --flush-session --dbms=PostgreSQL --technique="$technique" --time-sec=2
      --threads=1 --output-dir="$out/sessions")
if [ $report_only = 0 ]; then
rm -rf "$out" && mkdir -p "$out/runs"

product=""
stop_product() {
  if [ -n "$product" ]; then
    kill -TERM "$product" 2>/dev/null || true
    wait "$product" 2>/dev/null || true
    rm -rf "$data_dir"
  fi
}
trap stop_product EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
if [ -z "$url" ]; then
  port=${XINHUO_API_PORT:-38080}
  data_dir=$(mktemp -d)
  say "starting the product (API only, demo data, port $port; the first start loads the demo data: minutes)…"
  XINHUO_API_ONLY=1 XINHUO_SKIP_BUILD=1 XINHUO_DATA_DIR="$data_dir" XINHUO_API_PORT=$port \
    XINHUO_SECURITY_RATE_LIMIT_LOGIN_PER_ADDRESS=100000 XINHUO_SECURITY_RATE_LIMIT_LOGIN_PER_USERNAME=100000 ./run.sh > "$out/run.log" 2>&1 &
  product=$!
  until grep -qx '\[xinhuo\] ready' "$out/run.log"; do
    kill -0 "$product" 2>/dev/null || { cat "$out/run.log" >&2; exit 2; }
    sleep 1
  done
  url=http://localhost:$port
fi
url=${url%/}

login() { # username → bearer token
  curl -fsS -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"Xinhuo@2016\"}" \
    "$url/api/v1/auth/login" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/'
}
token=$(login city-admin)
[ ${#token} -ge 40 ] || { say "could not log in as city-admin at $url"; exit 2; }
auth="Authorization: Bearer $token"
get() { curl -fsS -H "$auth" "$url$1"; }
first_id() { sed -E 's/^[^0-9]*"id":([0-9]+).*/\1/'; }
# Real values, so each request finds rows and a true and a false condition answer differently.
city=$(get /api/v1/organizations/roots | first_id)
team=$(get "/api/v1/teams?size=1" | first_id)
volunteer=$(get "/api/v1/pairs?status=ACTIVE&type=LEFT_BEHIND_CARE&size=1" | sed -E 's/.*"volunteerId":([0-9]+).*/\1/')
for v in "$city" "$team" "$volunteer"; do
  [[ $v =~ ^[0-9]+$ ]] || { say "could not find the demo organizations, teams and pairs at $url"; exit 2; }
done
say "logged in as city-admin; city $city, team $team, volunteer $volunteer"

# method | path and query (a * marks an injection point in the path) | parameters to test | what it is
# A parameter marked ~ is typed (a number, a date, an enum, a boolean): the framework refuses any
# other text before the application sees it, so sqlmap runs there at level 1, risk 1 only, to show
# that; every text parameter — the search words, sort, the audit filters, the period, the login —
# gets the full --level and --risk.
targets=(
  "GET|/api/v1/volunteers?q=%E5%BC%A0&status=ACTIVE&residence=RURAL&minAge=50&maxAge=95&within=$city&sort=name,asc&page=0&size=20|q,sort,~within,~status,~residence,~minAge,~maxAge,~page,~size|五老 register: search words, place, status, age, paging"
  "GET|/api/v1/volunteers?category=VETERAN_TEACHER&honored=false&teamType=CARE|~category,~honored,~teamType|五老 register: category, honoured, team type"
  "GET|/api/v1/volunteers?honored=true&honorLevel=CITY_COMMITTEE&teamId=$team|~honorLevel,~teamId|五老 register: honour level, team"
  "GET|/api/v1/organizations?q=%E5%85%B4%E5%AE%89&type=TOWNSHIP_COMMITTEE&status=ACTIVE&within=$city&sort=name,asc|q,sort,~type,~status,~within|organization search"
  "GET|/api/v1/organizations/$city*/subtree?size=50|~#1*|organization tree (the id in the path)"
  "GET|/api/v1/organizations/$city/children?size=50&page=0|~size,~page|organization tree (a node's children)"
  "GET|/api/v1/pairs?status=ACTIVE&type=LEFT_BEHIND_CARE&volunteerId=$volunteer&within=$city|~status,~type,~volunteerId,~within|mentoring pairs"
  "GET|/api/v1/beneficiaries?q=%E5%A4%8F&category=LEFT_BEHIND_CHILD&within=$city|q,~category,~within|beneficiaries search"
  "GET|/api/v1/teams?q=%E5%85%B3%E7%88%B1&type=CARE&within=$city|q,~type,~within|五老 teams search"
  "GET|/api/v1/honors?q=%E5%86%AF&level=CITY_COMMITTEE&within=$city|q,~level,~within|honours search"
  "GET|/api/v1/audit-events?actor=city-admin&event=LOGIN_SUCCEEDED&outcome=SUCCESS&objectType=user&from=2016-01-01T00:00:00%2B08:00|actor,event,outcome,objectType,~from|audit trail filters"
  "GET|/api/v1/audit-events?objectType=user&objectId=1|objectId|audit trail by object"
  "GET|/api/v1/users?q=admin&role=ORG_ADMIN&enabled=true&organizationId=$city&sort=username,asc|q,~role,~enabled,~organizationId,sort|user search"
  "GET|/api/v1/stats/summary?orgId=$city&period=2016-H1|~orgId,period|dashboard figures"
  "POST|/api/v1/auth/login|username,password|login form (JSON body)"
)

started=$(date +%s)
results=()
for target in "${targets[@]}"; do
  IFS='|' read -r method path params what <<< "$target"
  IFS=',' read -r -a list <<< "$params"
  for p in "${list[@]}"; do
    n=${#results[@]}
    log="$out/runs/$n.log" traffic="$out/runs/$n.traffic"
    depth=(--level="$level" --risk="$risk")
    if [ "${p:0:1}" = "~" ]; then
      p=${p:1}
      depth=(--level=1 --risk=1)
    fi
    say "$method ${path%%\?*} — $p (${depth[*]})"
    if [ "$method" = POST ]; then
      # an unknown user: the answer is the same 401 whatever the password, and no account gets locked
      sqlmap "${args[@]}" "${depth[@]}" -t "$traffic" -u "$url$path" -H 'Content-Type: application/json' -p "$p" \
        --ignore-code=401 --data '{"username":"sqlmap-probe","password":"Not-The-Password-1"}' > "$log" 2>&1 || true
    elif [ "$p" = "#1*" ]; then
      sqlmap "${args[@]}" "${depth[@]}" -t "$traffic" -u "$url$path" -H "$auth" > "$log" 2>&1 || true
    else
      sqlmap "${args[@]}" "${depth[@]}" -t "$traffic" -u "$url$path" -H "$auth" -p "$p" > "$log" 2>&1 || true
    fi
    printf '%s|%s|%s|%s|%s|%s|%s\n' "$method" "$path" "$p" "$what" "$log" "$traffic" "${depth[*]}" >> "$out/runs/index"
    results+=("$p")
  done
done
printf 'elapsed=%s\nurl=%s\nfinished=%s\ncommit=%s\nlevel=%s\nrisk=%s\n' $(( $(date +%s) - started )) "$url" \
  "$(date -u +%FT%TZ)" "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" "$level" "$risk" > "$out/runs/run"
fi

# ---- the report, from the logs in target/sqlmap/runs ---------------------------------------------
[ -f "$out/runs/run" ] || { say "no finished run in $out/runs"; exit 2; }
eval "$(grep -E '^(elapsed|url|finished|commit|level|risk)=[A-Za-z0-9:/.+_-]*$' "$out/runs/run")"
mapfile -t results < "$out/runs/index"

# sqlmap's verdict on the parameter of one run, from its own lines.
verdict() { # log
  if grep -qE "parameter '.*' is vulnerable|identified the following injection point" "$1"; then
    echo "**INJECTABLE**"
  elif grep -qE "false positive or unexploitable injection point detected" "$1" \
       && grep -qE "parameter '.*' does not seem to be injectable" "$1"; then
    echo "not injectable (a time-based hint, found a false positive by sqlmap's own check)"
  elif grep -qE "parameter '.*' does not seem to be injectable|all tested parameters do not appear to be injectable" "$1"; then
    echo "not injectable"
  else
    echo "no verdict (see its log)"
  fi
}
# How the product answered sqlmap's requests: "1468: 943 × 200, 525 × 400".
answers() { # traffic file
  local total
  total=$(grep -c '^HTTP request \[' "$1" 2>/dev/null || echo 0)
  printf '%s: %s' "$total" "$(grep -oE '^HTTP response \[#[0-9]+\] \([0-9]+' "$1" 2>/dev/null | awk '{print $4}' \
    | tr -d '(' | sort | uniq -c | awk '{printf "%s%s × %s", sep, $1, $2; sep=", "}')"
}

found=0
{
  echo "### Run of $finished"
  echo
  echo "- command: \`scripts/sqlmap.sh$([ "$level$risk$technique" = 53BEUSTQ ] || echo " --level $level --risk $risk --technique $technique")\`;" \
       "per parameter: \`sqlmap ${args[*]/--output-dir=*/--output-dir=target/sqlmap/sessions} --level=L --risk=R -t … -u URL -H 'Authorization: Bearer …' -p PARAMETER\`"
  echo "- sqlmap $(sqlmap --version 2>/dev/null | head -n 1); machine: $(uname -sr), $(nproc) cores," \
       "$(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo); product at $url" \
       "(commit $commit), logged in as city-admin"
  echo "- time: $((elapsed / 60)) min $((elapsed % 60)) s for ${#results[@]} parameters"
  echo
  echo "| endpoint | what | parameter | level, risk | requests: answers | verdict |"
  echo "|---|---|---|---|---|---|"
  for r in "${results[@]}"; do
    IFS='|' read -r method path p what log traffic depth <<< "$r"
    v=$(verdict "$log")
    case "$v" in "not injectable"*) ;; *) found=1 ;; esac
    d=$(printf '%s' "$depth" | sed -E 's/--level=([0-9]) --risk=([0-9])/\1, \2/')
    echo "| \`$method ${path%%\?*}\` | $what | \`$p\` | $d | $(answers "$traffic") | $v |"
  done
  echo
  echo "sqlmap's own verdict on each parameter, and the error codes it met:"
  echo
  echo '```'
  for r in "${results[@]}"; do
    IFS='|' read -r method path p what log traffic depth <<< "$r"
    tr -d '\r' < "$log" | grep -E "does not seem to be injectable|is vulnerable|appears to be .* injectable|false positive|CRITICAL|^[0-9]{3} \(" \
      | sed -E 's/^\[[0-9:]+\] //; s/^([0-9]{3} \(.*)/  (HTTP \1)/' | sed "s|^|${method} ${path%%\?*} |" || true
  done
  echo '```'
} > "$report"
say "report: $report ($((elapsed / 60)) min $((elapsed % 60)) s)"
[ $found = 0 ] && exit 0 || exit 1
