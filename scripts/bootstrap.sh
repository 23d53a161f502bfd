#!/usr/bin/env bash
# Installs what the platform needs on a fresh Debian machine of this kind: npm packages, and the
# Debian packages PostgreSQL (if absent) and Chromium (for the browser tests), and for the tests the
# API fuzzer schemathesis (PyPI, into the machine's python3). Idempotent and quiet when everything is
# there already. Java 17 and Maven come with the machine; infra/local checks them.
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

# schemathesis (PyPI) for e2e/schemathesis.e2e-spec.ts, pinned: its checks and reports change between
# releases. Only for the tests (npm test sets PB_WITH_FUZZER=1); a version check costs ~0.1 s.
SCHEMATHESIS_VERSION=4.32.5
if [ "${PB_WITH_FUZZER:-0}" = "1" ]; then
  PYTHON=${PB_PYTHON:-python3}
  if ! "$PYTHON" -c "import importlib.metadata as m, sys; sys.exit(m.version('schemathesis') != '$SCHEMATHESIS_VERSION')" 2>/dev/null; then
    echo "▸ Installing schemathesis $SCHEMATHESIS_VERSION (pip, into $("$PYTHON" -c 'import sys; print(sys.executable)'))"
    "$PYTHON" -m pip --version >/dev/null 2>&1 || "$PYTHON" -m ensurepip --upgrade >/dev/null
    pip_install=("$PYTHON" -m pip install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION")
    # A Debian python3 is "externally managed" (PEP 668): there pip needs to be told it may install.
    "${pip_install[@]}" 2>/dev/null || "${pip_install[@]}" --break-system-packages
  fi
fi
