# shellcheck shell=bash
# Shared helpers for infra/local/*.sh. Source it; do not run it.
# Every wait here has a timeout and, on failure, prints the last 50 lines of the relevant log.

INFRA_LOCAL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$INFRA_LOCAL_DIR/../.." && pwd)"
# shellcheck disable=SC2034  # used by the scripts that source this file
LOCAL_STATE="${PB_LOCAL_DIR:-$REPO_ROOT/.local}"

log() { printf '[%s] %s\n' "${LOG_TAG:-infra}" "$*"; }
warn() { printf '[%s] WARN: %s\n' "${LOG_TAG:-infra}" "$*" >&2; }

# die MESSAGE [LOGFILE...] — print the error, the tail of each given log, exit 1.
die() {
  local msg="$1"; shift || true
  printf '[%s] ERROR: %s\n' "${LOG_TAG:-infra}" "$msg" >&2
  local f
  for f in "$@"; do
    if [[ -s "$f" ]]; then
      printf '[%s] ---- last 50 lines of %s ----\n' "${LOG_TAG:-infra}" "$f" >&2
      tail -n 50 "$f" >&2 || true
      printf '[%s] ---- end of %s ----\n' "${LOG_TAG:-infra}" "$f" >&2
    else
      printf '[%s] (log %s is missing or empty)\n' "${LOG_TAG:-infra}" "$f" >&2
    fi
  done
  exit 1
}

require_cmd() {
  local c
  for c in "$@"; do
    command -v "$c" >/dev/null 2>&1 || die "required command '$c' not found in PATH"
  done
}

# pid_alive PID [MATCH] — true when PID runs and (optionally) its command line contains MATCH
# (guards against a recycled PID after a reboot or crash).
pid_alive() {
  local pid="$1" match="${2:-}"
  [[ -n "$pid" && "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  # a zombie is not alive
  if [[ -r "/proc/$pid/stat" ]] && [[ "$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null)" == "Z" ]]; then
    return 1
  fi
  if [[ -n "$match" ]]; then
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$match" || return 1
  fi
  return 0
}

# pidfile_pid PIDFILE [MATCH] — echo the live PID recorded in PIDFILE; removes a stale file.
pidfile_pid() {
  local pidfile="$1" match="${2:-}" pid
  [[ -f "$pidfile" ]] || return 1
  pid="$(tr -dc '0-9' <"$pidfile" 2>/dev/null || true)"
  if pid_alive "$pid" "$match"; then
    echo "$pid"
    return 0
  fi
  rm -f "$pidfile"
  return 1
}

# port_in_use PORT — true when something listens on 127.0.0.1:PORT (or any address).
port_in_use() {
  local port="$1"
  if command -v ss >/dev/null 2>&1; then
    ss -Hltn "( sport = :$port )" 2>/dev/null | grep -q .
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
  fi
}

# spawn_bg PIDFILE OUTFILE CMD... — start CMD detached (own session, nohup, stdin closed),
# stdout+stderr appended to OUTFILE; PIDFILE gets the PID of CMD itself (exec'd, no wrapper).
spawn_bg() {
  local pidfile="$1" outfile="$2"; shift 2
  rm -f "$pidfile"
  # shellcheck disable=SC2016
  nohup setsid bash -c 'echo $$ > "$0"; exec "$@"' "$pidfile" "$@" >>"$outfile" 2>&1 </dev/null &
  local i
  for ((i = 0; i < 50; i++)); do
    [[ -s "$pidfile" ]] && return 0
    sleep 0.1
  done
  die "process did not record its PID in $pidfile within 5 s" "$outfile"
}

# wait_until TIMEOUT_S DESCRIPTION PID LOGFILE CMD... — poll CMD every 0.5 s until it succeeds.
# Fails early if PID (when non-empty) dies. On timeout/death prints the log tail and exits.
wait_until() {
  local timeout="$1" desc="$2" pid="$3" logfile="$4"; shift 4
  local deadline=$((SECONDS + timeout))
  while true; do
    if "$@" >/dev/null 2>&1; then
      return 0
    fi
    if [[ -n "$pid" ]] && ! pid_alive "$pid"; then
      die "process $pid exited while waiting for: $desc" "$logfile"
    fi
    if ((SECONDS >= deadline)); then
      die "timed out after ${timeout}s waiting for: $desc" "$logfile"
    fi
    sleep 0.5
  done
}

# stop_pid PID NAME GRACE_S LOGFILE — SIGTERM, wait GRACE_S, then SIGKILL and wait 10 s more.
stop_pid() {
  local pid="$1" name="$2" grace="$3" logfile="$4"
  pid_alive "$pid" || return 0
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + grace))
  while pid_alive "$pid"; do
    if ((SECONDS >= deadline)); then
      warn "$name (pid $pid) still running after ${grace}s; sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      local kdeadline=$((SECONDS + 10))
      while pid_alive "$pid"; do
        ((SECONDS >= kdeadline)) && die "$name (pid $pid) survived SIGKILL for 10 s" "$logfile"
        sleep 0.2
      done
      return 0
    fi
    sleep 0.2
  done
}
