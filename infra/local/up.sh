#!/usr/bin/env bash
# Start the local infrastructure: PostgreSQL, single-node Kafka, MailDev (each a no-op if already up).
#   infra/local/up.sh        (npm run infra:up)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

bash "$HERE/postgres.sh" start
bash "$HERE/kafka.sh" start
bash "$HERE/maildev.sh" start

PGPORT_SHOWN="${PGPORT:-5433}"
cat <<EOF2

Local infrastructure is up:
  PostgreSQL  127.0.0.1:${PGPORT_SHOWN}  user postgres / password postgres
              databases: ${PB_DATABASES:-loket proposals comments review}
              e.g. postgres://postgres:postgres@127.0.0.1:${PGPORT_SHOWN}/loket
  Kafka       127.0.0.1:9092 (KRaft controller 127.0.0.1:9093)  KAFKA_BROKERS=127.0.0.1:9092
  MailDev     SMTP 127.0.0.1:${MAILDEV_SMTP_PORT:-1025}  web/API http://127.0.0.1:${MAILDEV_WEB_PORT:-1080} (GET /api/email)
Stop with: bash infra/local/down.sh
EOF2
