// Runs TypeScript scripts and services from source (transpile only, path aliases of tsconfig.json).
process.env.SWC_NODE_PROJECT = process.env.SWC_NODE_PROJECT || require('path').join(__dirname, '..', 'tsconfig.json');
require('@swc-node/register');
