// Copies the self-hosted UI assets (NL Design System CSS, design tokens, htmx) into the
// application's static resources. The Maven build calls this after `npm ci`, so no CDN is needed.
import { cpSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const target = resolve(process.argv[2] ?? '../target/classes/static/assets');
const assets = {
  'node_modules/@utrecht/component-library-css/dist/index.css': 'utrecht-components.css',
  'node_modules/@utrecht/design-tokens/dist/index.css': 'utrecht-tokens.css',
  'node_modules/htmx.org/dist/htmx.min.js': 'htmx.min.js',
};
mkdirSync(target, { recursive: true });
for (const [from, to] of Object.entries(assets)) {
  cpSync(from, resolve(target, to));
}
console.log(`Copied ${Object.keys(assets).length} assets to ${target}`);
