// The e2e tests' environment: Node's, plus one flag a hook can read to know the test just failed.
// jest-circus tells only the environment whether a test failed; useBrowser's afterEach reads the
// flag to print where each open page was, so a red CI run says what the browser saw.
const { TestEnvironment } = require('jest-environment-node');

class E2eEnvironment extends TestEnvironment {
  async handleTestEvent(event) {
    if (event.name === 'test_start') this.global.__pbTestFailed = false;
    if (event.name === 'test_fn_failure' || event.name === 'hook_failure') this.global.__pbTestFailed = true;
  }
}

module.exports = E2eEnvironment;
