// Copies what tsc does not emit (templates, JSON data, static files) from apps/*/{src,assets} and libs/*/src into
// dist/ at the same relative paths, so a service finds its assets beside its compiled code.
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const ASSET = /\.(json|njk|html|css|js|svg|png|ico|woff2?|txt|pdf|csv)$/;
let copied = 0;

function walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || entry.name === 'test') continue;
      walk(full);
    } else if (ASSET.test(entry.name)) {
      const target = path.join(root, 'dist', path.relative(root, full));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(full, target);
      copied++;
    }
  }
}

for (const top of ['apps', 'libs']) {
  for (const pkg of fs.readdirSync(path.join(root, top))) {
    for (const dir of ['src', 'assets']) {
      const from = path.join(root, top, pkg, dir);
      if (fs.existsSync(from)) walk(from);
    }
  }
}
if (process.argv.includes('--verbose')) console.log(`copied ${copied} asset files into dist/`);
