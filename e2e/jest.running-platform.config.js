// Runs the e2e specs against a platform that is already running (e.g. `npm start`, or services
// started by hand while developing): E2E_BASE_URL=http://127.0.0.1:3000 npx jest -c e2e/jest.running-platform.config.js
// The e2e project of the root jest.config.js is the one CI uses: it starts the platform itself.
const root = require('../jest.config.js');

const e2e = root.projects.find((p) => p.displayName === 'e2e');
const { globalSetup, globalTeardown, ...rest } = e2e;
module.exports = { ...rest, displayName: 'e2e-running-platform' };
