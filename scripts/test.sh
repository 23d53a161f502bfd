#!/usr/bin/env bash
# npm test: every tier, in order, on the real servers. Installs what a fresh machine lacks.
#   static checks → unit + HTTP → integration (PostgreSQL, Kafka, MailDev) → build → e2e (all services,
#   the portal, Chromium). Ends with one line "N passed, N failed" summing every jest tier.
set -uo pipefail
cd "$(dirname "$0")/.."
export PB_WITH_BROWSER=1 PB_WITH_FUZZER=1
bash scripts/bootstrap.sh || exit 1
bash infra/local/up.sh || exit 1

results=.local/test-results
rm -rf "$results" test-artifacts/logs && mkdir -p "$results"
# Every tier's log lines go to files the last step scans for personal data (scripts/log-scan).
export PB_TEST_LOG_DIR="$PWD/.local/test-logs"
rm -rf "$PB_TEST_LOG_DIR"
failed_steps=()
step() { printf '\n━━ %s\n' "$1"; }
run() { local name=$1; shift; step "$name"; "$@" || failed_steps+=("$name"); }

run "lint (eslint)" npx eslint --max-warnings=0 .
run "type check (tsc)" npx tsc -p tsconfig.json --noEmit
run "dependency rule (dependency-cruiser)" npx depcruise apps libs --config .dependency-cruiser.js --output-type err
run "AsyncAPI document up to date" npm run --silent check:asyncapi
run "OpenAPI documents up to date" npm run --silent check:openapi
run "unit and HTTP tests" npx jest --selectProjects unit --ci --json --outputFile="$results/unit.json"
# Four workers on two cores: the integration suites wait on Kafka and PostgreSQL far more than they
# compute (one run: 185 s of CPU in 272 s with three workers).
run "integration tests (PostgreSQL, Kafka, MailDev)" npx jest --selectProjects integration --ci --maxWorkers=4 --json --outputFile="$results/integration.json"
run "build" npm run --silent build
run "end-to-end tests (all services, portal, browser)" npx jest --selectProjects e2e --ci --runInBand --json --outputFile="$results/e2e.json"
run "personal data in the logs of this run" npx jest --selectProjects log-scan --ci --json --outputFile="$results/log-scan.json"

node -e '
const fs = require("fs");
const plain = (s) => s.replace(/\u001b\[[0-9;]*m/g, "");
let passed = 0, failed = 0;
const failures = [];
for (const f of fs.readdirSync(process.argv[1])) {
  const r = JSON.parse(fs.readFileSync(`${process.argv[1]}/${f}`, "utf8"));
  passed += r.numPassedTests; failed += r.numFailedTests + r.numRuntimeErrorTestSuites;
  console.log(`${f.replace(".json", "").padEnd(12)} ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numTotalTestSuites} suites`);
  for (const suite of r.testResults) {
    if (suite.status === "failed" && suite.assertionResults.every((a) => a.status !== "failed")) failures.push(`${suite.name}\n${plain(suite.message).slice(0, 1500)}`);
    for (const a of suite.assertionResults.filter((a) => a.status === "failed")) failures.push(`${a.fullName}\n${plain(a.failureMessages.join("\n")).split("\n").filter((l) => !/^\s+at /.test(l)).join("\n").slice(0, 1500)}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
// The failures again, short, at the very end: a CI log is often read from its tail only.
for (const f of failures) console.log(`\n✕ ${f}`);
' "$results"

if [ ${#failed_steps[@]} -gt 0 ]; then
  printf '\nFAILED: %s\n' "${failed_steps[@]}"
  exit 1
fi
printf '\nAll checks and test tiers passed.\n'
