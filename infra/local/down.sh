#!/usr/bin/env bash
# Stop all local infrastructure: MailDev, Kafka (single node), the 3-node Kafka cluster, PostgreSQL.
# Each stop is a no-op when the service is not running. State in .local/ is kept.
#   infra/local/down.sh      (npm run infra:down)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

rc=0
bash "$HERE/maildev.sh" stop || rc=1
bash "$HERE/kafka-cluster.sh" stop || rc=1
bash "$HERE/kafka.sh" stop || rc=1
bash "$HERE/postgres.sh" stop || rc=1
exit "$rc"
