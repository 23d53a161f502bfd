#!/usr/bin/env bash
# Installs what the platform needs on a fresh Debian machine of this kind: npm packages, and the
# Debian packages PostgreSQL (if absent) and Chromium (for the browser tests). Idempotent and quiet
# when everything is there already. Java 17 and Maven come with the machine; infra/local checks them.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v /usr/lib/postgresql/15/bin/postgres >/dev/null 2>&1 || command -v postgres >/dev/null 2>&1 || need_apt+=(postgresql)
if [ "${PB_WITH_BROWSER:-0}" = "1" ] && [ ! -x /usr/bin/chromium ]; then need_apt+=(chromium); fi
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "▸ Installing Debian packages: ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# npm packages: install when missing or when the lock file changed since the last install.
stamp=node_modules/.pb-lock-hash
want=$(sha1sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  # `npm install`, not `npm ci`: npm 11 here leaves other platforms' optional packages (@swc/core-*)
  # out of the lock file and `npm ci` then refuses it as out of sync; `npm install` follows the
  # same lock file for everything it lists and does not rewrite it.
  echo "▸ Installing npm packages (npm install from package-lock.json)"
  npm install --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi
