# shellcheck shell=bash
# Kafka helpers shared by kafka.sh (single node) and kafka-cluster.sh (3 nodes).
# Source lib.sh first.

KAFKA_POM="$INFRA_LOCAL_DIR/kafka/pom.xml"
KAFKA_LOG4J2="$INFRA_LOCAL_DIR/kafka/log4j2.properties"
KAFKA_READY_JS="$INFRA_LOCAL_DIR/kafka-ready.js"
KAFKA_LIBS="${KAFKA_LIBS_DIR:-$LOCAL_STATE/kafka/libs}"
KAFKA_START_TIMEOUT="${KAFKA_START_TIMEOUT:-60}"

kafka_require_tools() {
  command -v java >/dev/null 2>&1 || die "java not found: Kafka 4.x needs Java 17+ (Debian: apt-get install -y openjdk-17-jre-headless)"
  local major
  major="$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1)"
  if ! [[ "$major" =~ ^[0-9]+$ ]] || ((major < 17)); then die "Kafka 4.x needs Java 17+, found java.specification.version=$major"; fi
  command -v node >/dev/null 2>&1 || die "node not found (needed for the readiness probe $KAFKA_READY_JS)"
  [[ -f "$REPO_ROOT/node_modules/kafkajs/package.json" ]] \
    || die "kafkajs is not installed in $REPO_ROOT/node_modules (run 'npm ci' at the repo root)"
}

# Resolve the broker jars with Maven into .local/kafka/libs; skipped when the stamp matches the pom.
kafka_ensure_libs() {
  local stamp="$KAFKA_LIBS/.pom.sha256" want
  want="$(sha256sum "$KAFKA_POM" | awk '{print $1}')"
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]] && compgen -G "$KAFKA_LIBS/kafka_2.13-*.jar" >/dev/null; then
    return 0
  fi
  command -v mvn >/dev/null 2>&1 || die "mvn not found: needed once to resolve the Kafka jars (Debian: apt-get install -y maven)"
  mkdir -p "$LOCAL_STATE/kafka"
  # one resolver at a time (kafka.sh and kafka-cluster.sh share the libs folder)
  exec 8>"$LOCAL_STATE/kafka/.libs.lock"
  flock -w 600 8 || die "could not lock $LOCAL_STATE/kafka/.libs.lock within 600 s"
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
    flock -u 8; exec 8>&-
    return 0
  fi
  local tmp="$LOCAL_STATE/kafka/libs.tmp" mvnlog="$LOCAL_STATE/kafka/mvn.log"
  rm -rf "$tmp"
  log "resolving Kafka jars with Maven (first run downloads ~40 MB; log: $mvnlog)"
  local t0=$SECONDS
  if ! timeout 600 mvn -B -q -Dstyle.color=never -f "$KAFKA_POM" dependency:copy-dependencies \
      -DoutputDirectory="$tmp" >"$mvnlog" 2>&1; then
    rm -rf "$tmp"
    flock -u 8; exec 8>&-
    die "Maven could not resolve the Kafka jars (pom: $KAFKA_POM)" "$mvnlog"
  fi
  compgen -G "$tmp/kafka_2.13-*.jar" >/dev/null || { flock -u 8; exec 8>&-; die "Maven finished but no kafka_2.13 jar in $tmp" "$mvnlog"; }
  rm -rf "$KAFKA_LIBS"
  mv "$tmp" "$KAFKA_LIBS"
  echo "$want" >"$stamp"
  log "Kafka jars ready in $KAFKA_LIBS ($(find "$KAFKA_LIBS" -name '*.jar' | wc -l) jars, $((SECONDS - t0)) s)"
  flock -u 8; exec 8>&-
}

# kafka_format NODE_DIR PROPS CLUSTER_ID — format log.dirs once (no-op when meta.properties exists).
kafka_format() {
  local node_dir="$1" props="$2" cluster_id="$3"
  if [[ -f "$node_dir/data/meta.properties" ]]; then
    return 0
  fi
  mkdir -p "$node_dir/data" "$node_dir/logs"
  java -cp "$KAFKA_LIBS/*" -Dlog4j2.configurationFile="$KAFKA_LOG4J2" -Dkafka.logs.dir="$node_dir/logs" \
    kafka.tools.StorageTool format -t "$cluster_id" -c "$props" --ignore-formatted \
    >"$node_dir/logs/format.log" 2>&1 \
    || die "kafka storage format failed for $node_dir" "$node_dir/logs/format.log"
}

# kafka_cluster_id FILE — the cluster id stored in FILE, generating one the first time.
kafka_cluster_id() {
  local file="$1" id
  if [[ -s "$file" ]]; then
    cat "$file"
    return 0
  fi
  mkdir -p "$(dirname "$file")/logs"
  id="$(java -cp "$KAFKA_LIBS/*" -Dlog4j2.configurationFile="$KAFKA_LOG4J2" -Dkafka.logs.dir="$(dirname "$file")/logs" \
    kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1 | tr -d '[:space:]')"
  [[ "$id" =~ ^[A-Za-z0-9_-]{22}$ ]] || die "StorageTool random-uuid returned an unexpected id: '$id'"
  mkdir -p "$(dirname "$file")"
  echo "$id" >"$file"
  echo "$id"
}

# kafka_java_opts HEAP — JVM flags as in Kafka's kafka-server-start.sh / kafka-run-class.sh.
kafka_java_opts() {
  local heap="$1"
  printf '%s\n' "-Xms$heap" "-Xmx$heap" -server -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
    -XX:InitiatingHeapOccupancyPercent=35 -XX:+ExplicitGCInvokesConcurrent \
    -XX:+ExitOnOutOfMemoryError -Djava.awt.headless=true
}

# kafka_start_node NAME NODE_DIR PROPS HEAP BOOTSTRAP EXPECTED_BROKERS
# Starts kafka.Kafka in the background unless running; waits for the log line and the admin probe.
kafka_start_node() {
  local name="$1" node_dir="$2" props="$3" heap="$4" bootstrap="$5" expected="$6"
  local pidfile="$node_dir/kafka.pid" logdir="$node_dir/logs"
  local serverlog="$logdir/server.log" outlog="$logdir/stdout.log" pid
  mkdir -p "$logdir"
  if pid="$(pidfile_pid "$pidfile" "$props")"; then
    log "$name already running (pid $pid)"
    return 0
  fi
  local port
  port="$(awk -F'[:,]' '/^listeners=/{for(i=1;i<=NF;i++) if ($i ~ /^[0-9]+$/) print $i}' "$props" | head -n 1)"
  if [[ -n "$port" ]] && port_in_use "$port"; then
    die "port $port is already in use by another process (not $name from $node_dir): $(ss -Hltnp "( sport = :$port )" 2>/dev/null | head -n 1)"
  fi
  # fresh server.log per start, so the readiness grep never sees an old "started" line
  [[ -f "$serverlog" ]] && mv -f "$serverlog" "$serverlog.prev"
  : >"$outlog"
  local -a jopts
  mapfile -t jopts < <(kafka_java_opts "$heap")
  log "starting $name (heap $heap, log $serverlog)"
  spawn_bg "$pidfile" "$outlog" java "${jopts[@]}" \
    -Dkafka.logs.dir="$logdir" -Dlog4j2.configurationFile="$KAFKA_LOG4J2" \
    -cp "$KAFKA_LIBS/*" kafka.Kafka "$props"
}

# kafka_wait_started NAME NODE_DIR TIMEOUT — wait for "Kafka Server started" in server.log.
kafka_wait_started() {
  local name="$1" node_dir="$2" timeout="$3" pid
  pid="$(cat "$node_dir/kafka.pid" 2>/dev/null || true)"
  wait_until "$timeout" "$name: 'Kafka Server started' in $node_dir/logs/server.log" "$pid" \
    "$node_dir/logs/server.log" grep -q 'Kafka Server started' "$node_dir/logs/server.log"
}

# kafka_probe BOOTSTRAP EXPECTED — one admin-client describeCluster round trip.
kafka_probe() {
  node "$KAFKA_READY_JS" "$1" "$2"
}

# kafka_wait_ready NAME BOOTSTRAP EXPECTED TIMEOUT LOGFILE [PID]
kafka_wait_ready() {
  local name="$1" bootstrap="$2" expected="$3" timeout="$4" logfile="$5" pid="${6:-}"
  wait_until "$timeout" "$name: admin client at $bootstrap to see $expected broker(s)" "$pid" "$logfile" \
    kafka_probe "$bootstrap" "$expected"
}

# kafka_stop_node NAME NODE_DIR PROPS GRACE
kafka_stop_node() {
  local name="$1" node_dir="$2" props="$3" grace="$4" pid
  if ! pid="$(pidfile_pid "$node_dir/kafka.pid" "$props")"; then
    log "$name not running"
    return 0
  fi
  log "stopping $name (pid $pid)"
  stop_pid "$pid" "$name" "$grace" "$node_dir/logs/server.log"
  rm -f "$node_dir/kafka.pid"
  log "$name stopped"
}
