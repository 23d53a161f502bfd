#!/usr/bin/env node
'use strict';
// Readiness probe for the local Kafka brokers: one real admin-client round trip.
//
//   node infra/local/kafka-ready.js <broker[,broker...]> [expectedBrokers=1]
//
// Connects a kafkajs admin client, calls describeCluster and exits 0 when the cluster reports
// exactly the expected number of brokers; 1 when it reports another number; 2 when it cannot
// connect or the call fails; 3 on bad usage / kafkajs missing. Single shot: the caller loops.
// Env: KAFKA_READY_TIMEOUT_MS (overall deadline, default 8000), KAFKA_READY_VERBOSE=1 (print the
// cluster summary on success), KAFKA_READY_DEBUG=1 (kafkajs' own logging).

const path = require('path');

function usage(msg) {
  if (msg) console.error(`kafka-ready: ${msg}`);
  console.error('usage: node kafka-ready.js <broker[,broker...]> [expectedBrokers=1]');
  process.exit(3);
}

const brokers = (process.argv[2] || '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
if (brokers.length === 0) usage('no broker list given');
const expected = process.argv[3] === undefined ? 1 : Number(process.argv[3]);
if (!Number.isInteger(expected) || expected < 1) usage(`bad expected broker count: ${process.argv[3]}`);
const verbose = process.env.KAFKA_READY_VERBOSE === '1';
const deadlineMs = Number(process.env.KAFKA_READY_TIMEOUT_MS || 8000);

let kafkajs;
try {
  // the project's node_modules (repo root is two levels up), then the normal lookup
  kafkajs = require(require.resolve('kafkajs', { paths: [path.resolve(__dirname, '..', '..'), __dirname] }));
} catch (err) {
  console.error(`kafka-ready: cannot load kafkajs (${err.message}); run 'npm ci' at the repo root`);
  process.exit(3);
}

const { Kafka, logLevel } = kafkajs;

async function main() {
  const kafka = new Kafka({
    clientId: 'pb-kafka-ready',
    brokers,
    connectionTimeout: 2000,
    requestTimeout: 4000,
    retry: { retries: 2, initialRetryTime: 200, maxRetryTime: 1000 },
    logLevel: process.env.KAFKA_READY_DEBUG === '1' ? logLevel.INFO : logLevel.NOTHING,
  });
  const admin = kafka.admin();
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    const ids = cluster.brokers.map((b) => b.nodeId).sort((a, b) => a - b);
    const summary = `cluster ${cluster.clusterId}: ${ids.length} broker(s) [${ids.join(',')}], controller ${cluster.controller}`;
    if (ids.length === expected) {
      if (verbose) console.log(`kafka-ready: ok, ${summary}`);
      return 0;
    }
    console.error(`kafka-ready: expected ${expected} broker(s), ${summary}`);
    return 1;
  } finally {
    await admin.disconnect().catch(() => {});
  }
}

const timer = setTimeout(() => {
  console.error(`kafka-ready: no answer from ${brokers.join(',')} within ${deadlineMs} ms`);
  process.exit(2);
}, deadlineMs);

main().then(
  (code) => {
    clearTimeout(timer);
    process.exit(code);
  },
  (err) => {
    clearTimeout(timer);
    console.error(`kafka-ready: ${brokers.join(',')}: ${err && err.message ? err.message : err}`);
    process.exit(2);
  },
);
