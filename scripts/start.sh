#!/usr/bin/env bash
# npm start: installs what a fresh machine lacks, then starts the whole platform (scripts/start.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
exec node -r ./scripts/register.js scripts/start.ts
