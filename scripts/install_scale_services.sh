#!/usr/bin/env bash
# PostgreSQL and Redis from Debian's packages, for `make test-scale` and `make bench`
# (docs/scale-out.md). Only installs: the tests start their own throw-away servers on loopback.
set -euo pipefail
missing=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
command -v redis-server >/dev/null || missing+=(redis-server)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "install_scale_services: ${missing[*]} missing; install as root: apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "install_scale_services: installing ${missing[*]} from Debian"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# Debian starts the packaged servers; the tests use their own, so stop these again.
if command -v service >/dev/null; then
  service postgresql stop >/dev/null 2>&1 || true
  service redis-server stop >/dev/null 2>&1 || true
fi
