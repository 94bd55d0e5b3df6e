#!/usr/bin/env node
// Launcher for the built command; `npm run build` (or `npm start`) produces dist/.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/bin.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('otpnet: not built yet; run `npm run build` in the repository first');
  process.exit(1);
}
await import(entry.href);
