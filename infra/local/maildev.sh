#!/usr/bin/env bash
# MailDev (npm devDependency) as the local SMTP sink: SMTP 127.0.0.1:1025, web + REST API 127.0.0.1:1080.
#   infra/local/maildev.sh start|stop|status
# Mails are stored in .local/maildev/mail, emptied on every start (a restart empties the inbox).
# REST: GET http://127.0.0.1:1080/api/email
# Env: MAILDEV_SMTP_PORT (1025), MAILDEV_WEB_PORT (1080), MAILDEV_START_TIMEOUT (30 s).
set -euo pipefail
LOG_TAG=maildev
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SMTP_PORT="${MAILDEV_SMTP_PORT:-1025}"
WEB_PORT="${MAILDEV_WEB_PORT:-1080}"
TIMEOUT="${MAILDEV_START_TIMEOUT:-30}"
MD_DIR="$LOCAL_STATE/maildev"
PIDFILE="$MD_DIR/maildev.pid"
LOGFILE="$MD_DIR/maildev.log"
BIN="$REPO_ROOT/node_modules/.bin/maildev"
API="http://127.0.0.1:$WEB_PORT/api/email"

probe() {
  [[ "$(curl -s -o /dev/null -m 3 -w '%{http_code}' "$API" 2>/dev/null)" == 200 ]]
}

running_pid() { pidfile_pid "$PIDFILE" maildev; }

cmd_start() {
  require_cmd node curl
  mkdir -p "$MD_DIR"
  local pid
  if pid="$(running_pid)"; then
    wait_until "$TIMEOUT" "GET $API to answer 200" "$pid" "$LOGFILE" probe
    log "already running (pid $pid): SMTP 127.0.0.1:$SMTP_PORT, web http://127.0.0.1:$WEB_PORT"
    return 0
  fi
  [[ -x "$BIN" ]] || die "$BIN not found: run 'npm ci' at the repo root (maildev is a devDependency)"
  local p
  for p in "$SMTP_PORT" "$WEB_PORT"; do
    port_in_use "$p" && die "port $p is in use by another process: $(ss -Hltnp "( sport = :$p )" 2>/dev/null | head -n 1)"
  done
  local t0=$SECONDS
  printf '\n==== %s start ====\n' "$(date -Is)" >>"$LOGFILE"
  rm -rf "$MD_DIR/mail"
  mkdir -p "$MD_DIR/mail"
  # cwd = our state dir, so a stray maildev config file elsewhere is not picked up by accident
  (cd "$MD_DIR" && spawn_bg "$PIDFILE" "$LOGFILE" "$BIN" --smtp "$SMTP_PORT" --web "$WEB_PORT" \
    --ip 127.0.0.1 --web-ip 127.0.0.1 --mail-directory "$MD_DIR/mail")
  pid="$(cat "$PIDFILE")"
  wait_until "$TIMEOUT" "GET $API to answer 200" "$pid" "$LOGFILE" probe
  log "ready (pid $pid, $((SECONDS - t0)) s): SMTP 127.0.0.1:$SMTP_PORT, web http://127.0.0.1:$WEB_PORT"
}

cmd_stop() {
  local pid
  if ! pid="$(running_pid)"; then
    log "not running"
    return 0
  fi
  log "stopping (pid $pid)"
  stop_pid "$pid" maildev 10 "$LOGFILE"
  rm -f "$PIDFILE"
  log "stopped"
}

cmd_status() {
  local pid
  if ! pid="$(running_pid)"; then
    echo "maildev: stopped"
    return 3
  fi
  if probe; then
    echo "maildev: running (pid $pid), SMTP 127.0.0.1:$SMTP_PORT, web http://127.0.0.1:$WEB_PORT"
  else
    echo "maildev: running (pid $pid) but $API does not answer 200 (log: $LOGFILE)"
    return 1
  fi
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  restart) cmd_stop; cmd_start ;;
  *) echo "usage: $0 start|stop|status|restart" >&2; exit 2 ;;
esac
