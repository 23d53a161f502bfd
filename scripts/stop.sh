#!/usr/bin/env bash
# npm run stop: stops what `npm start` started — the services and the portal of this checkout
# (scripts/start.ts and its children), then PostgreSQL, Kafka and MailDev (infra/local/down.sh).
#   scripts/stop.sh                 services, portal and the local infrastructure
#   scripts/stop.sh --keep-infra    only the services and the portal (what Ctrl+C in `npm start` does)
#   scripts/stop.sh --dry-run       say what would be stopped, stop nothing
# PB_LOCAL_DIR (as for infra/local/*.sh) names the state directory whose infrastructure is stopped.
# Only processes of this checkout are touched: an `npm start` or e2e run of another checkout, and the
# platform the e2e tests start (its parent is jest, not start.ts), are left alone.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd -P)"
LOG_TAG=stop
# shellcheck source=../infra/local/lib.sh
source infra/local/lib.sh

keep_infra=0
dry_run=0
for arg in "$@"; do
  case "$arg" in
    --keep-infra) keep_infra=1 ;;
    --dry-run) dry_run=1 ;;
    -h | --help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option '$arg' (see scripts/stop.sh --help)" ;;
  esac
done

cmdline() { tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null || true; }
same_checkout() { [[ "$(readlink "/proc/$1/cwd" 2>/dev/null || true)" == "$ROOT" ]]; }
parent_of() { awk '{print $4}' "/proc/$1/stat" 2>/dev/null || true; }

# `npm start` runs `node -r ./scripts/register.js scripts/start.ts` in the repository root; on
# SIGTERM it stops its services (SIGTERM, SIGKILL after 10 s) and exits.
launchers=()
# Services whose launcher is gone (it was killed with SIGKILL): children of no start.ts, orphaned to init.
orphans=()
for dir in /proc/[0-9]*; do
  pid="${dir#/proc/}"
  [[ "$pid" == "$$" ]] && continue
  line="$(cmdline "$pid")"
  case "$line" in
    *"node "*"scripts/start.ts"*)
      same_checkout "$pid" && launchers+=("$pid") ;;
    *"node --enable-source-maps $ROOT/dist/apps/"*"/src/main.js"*)
      [[ "$(parent_of "$pid")" == 1 ]] && orphans+=("$pid") ;;
  esac
done

if ((${#launchers[@]} == 0 && ${#orphans[@]} == 0)); then
  log "no services of npm start are running in $ROOT"
fi
for pid in "${launchers[@]}"; do
  if ((dry_run)); then log "would stop npm start (pid $pid) and its services"; continue; fi
  log "stopping npm start (pid $pid) and its services"
  # start.ts waits up to 10 s per service before it kills it; give it that and a little more.
  stop_pid "$pid" "npm start" 15 "$ROOT/.local/logs/portal.log"
done
for pid in "${orphans[@]}"; do
  if ((dry_run)); then log "would stop a left-over service (pid $pid: $(cmdline "$pid"))"; continue; fi
  log "stopping a left-over service (pid $pid: $(cmdline "$pid"))"
  stop_pid "$pid" "service" 10 "$ROOT/.local/logs/portal.log"
done

if ((keep_infra)); then
  log "PostgreSQL, Kafka and MailDev keep running (--keep-infra)"
elif ((dry_run)); then
  log "would stop PostgreSQL, Kafka and MailDev in ${LOCAL_STATE} (infra/local/down.sh)"
else
  bash infra/local/down.sh
fi
