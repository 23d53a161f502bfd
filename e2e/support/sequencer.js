// Runs the schemathesis spec after every other e2e spec. The fuzzer fills the shared e2e databases with
// hundreds of random reports, proposals and review revisions; journeys that look for their own record
// in a list (a queue ordered by deadline, say) must not find it pushed to a later page. Jest would
// otherwise run the slowest file, the fuzzer, first. Everything else keeps Jest's own order.
const Sequencer = require('@jest/test-sequencer').default;

const LAST = /schemathesis\.e2e-spec\.ts$/;
// The scale seed (e2e/scale) adds thousands of reports, responses and register entries: after every
// journey too, and after the fuzzer, whose random records it counts along with its own.
const SCALE = /e2e\/scale\/[^/]+\.e2e-spec\.ts$/;

class FuzzerLastSequencer extends Sequencer {
  async sort(tests) {
    const sorted = await super.sort(tests);
    return [...sorted.filter((t) => !LAST.test(t.path) && !SCALE.test(t.path)), ...sorted.filter((t) => LAST.test(t.path)), ...sorted.filter((t) => SCALE.test(t.path))];
  }
}

module.exports = FuzzerLastSequencer;
