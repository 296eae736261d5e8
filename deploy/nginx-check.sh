#!/usr/bin/env bash
# Validates deploy/nginx.conf with `nginx -t` (needs nginx installed, e.g. `apt-get install nginx-light`), using a
# throwaway self-signed certificate in place of the real one. Prints nginx's verdict; exits non-zero when invalid.
set -euo pipefail
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$dir/key.pem" -out "$dir/cert.pem" -days 1 -subj /CN=check 2>/dev/null
sed -e "s#/etc/ssl/certs/packmeal.crt#$dir/cert.pem#" -e "s#/etc/ssl/private/packmeal.key#$dir/key.pem#" \
  "$(dirname "$0")/nginx.conf" > "$dir/site.conf"
printf 'pid %s/nginx.pid;\nerror_log %s/error.log;\nevents {}\nhttp {\n  include %s/site.conf;\n}\n' "$dir" "$dir" "$dir" > "$dir/nginx.conf"
nginx -t -c "$dir/nginx.conf"
