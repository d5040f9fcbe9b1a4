#!/bin/sh
# Runs at container start (nginx image's /docker-entrypoint.d/), before nginx.
# One SPA build runs anywhere: this writes, from the environment,
#   /usr/share/nginx/html/config.js   window.APP_CONFIG = { apiBaseUrl: '<API_BASE_URL>' };
#   /etc/nginx/xinhuo/csp.conf        the Content-Security-Policy, whose connect-src allows the
#                                     API_BASE_URL origin when one is set
#   /etc/nginx/xinhuo/backend.conf    where /api/ and /q/ are proxied (BACKEND_URL), resolved at
#                                     request time so a recreated backend container is found again
# API_BASE_URL  empty (default): the SPA calls its own origin, and nginx proxies to the backend;
#               a path (/xinhuo) on this origin; or an http(s) URL, added to the CSP's connect-src.
# BACKEND_URL   default http://backend:8080 (the compose service).
set -eu

html_root="${XINHUO_HTML_ROOT:-/usr/share/nginx/html}"
conf_dir="${XINHUO_NGINX_CONF_DIR:-/etc/nginx/xinhuo}"
api_base_url="${API_BASE_URL:-}"
backend_url="${BACKEND_URL:-http://backend:8080}"
me="40-xinhuo-runtime-config"
nl='
'

# Both values end up in JavaScript or nginx configuration: accept plain http(s) URLs only.
check_url() { # name value allow_path
  case "$2" in *"$nl"*) echo "$me: $1 must be one line" >&2; exit 1 ;; esac
  if [ "$3" = yes ]; then
    pattern='^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~/-]*)?$'
  else
    pattern='^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$'
  fi
  if ! printf '%s' "$2" | grep -Eq "$pattern"; then
    echo "$me: $1 must be an http(s) URL like https://host[:port]$([ "$3" = yes ] && echo '[/path]'), got: $2" >&2
    exit 1
  fi
}

connect_src="'self'"
case "$api_base_url" in
  "") ;;
  /*) # a path on this origin, e.g. /xinhuo: 'self' covers it
    case "$api_base_url" in *"$nl"*) echo "$me: API_BASE_URL must be one line" >&2; exit 1 ;; esac
    if ! printf '%s' "$api_base_url" | grep -Eq '^/([A-Za-z0-9._~-][A-Za-z0-9._~/-]*)?$'; then
      echo "$me: API_BASE_URL must be an http(s) URL or a path like /xinhuo, got: $api_base_url" >&2
      exit 1
    fi
    api_base_url="${api_base_url%/}" ;;
  *)
    check_url API_BASE_URL "$api_base_url" yes
    api_base_url="${api_base_url%/}"
    origin=$(printf '%s' "$api_base_url" | sed -E 's#^(https?://[^/]+).*#\1#')
    connect_src="'self' $origin" ;;
esac
check_url BACKEND_URL "$backend_url" no
backend_url="${backend_url%/}"

mkdir -p "$conf_dir"

printf "window.APP_CONFIG = { apiBaseUrl: '%s' };\n" "$api_base_url" > "$html_root/config.js"

cat > "$conf_dir/csp.conf" <<EOF
add_header Content-Security-Policy "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src $connect_src; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'" always;
EOF

# nginx resolves a host in a variable at request time, through this resolver.
resolver=$(awk '/^nameserver/ { print $2; exit }' /etc/resolv.conf 2>/dev/null || true)
case "$resolver" in
  "") resolver=127.0.0.11 ;;          # Docker's embedded DNS
  *:*) resolver="[$resolver]" ;;      # IPv6 address
esac
cat > "$conf_dir/backend.conf" <<EOF
resolver $resolver valid=10s;
set \$xinhuo_backend "$backend_url";
EOF

echo "$me: apiBaseUrl='$api_base_url', backend $backend_url (resolver $resolver), connect-src $connect_src"
