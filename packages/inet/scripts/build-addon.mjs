// Builds the optional sockopt addon at install. A failed build is not an install failure:
// the options that need it (sndbuf, recbuf, tos, priority, dontroute, linger > 0, raw) then
// fail with enotsup, and everything else works.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

if (process.platform !== 'linux') {
  console.log('@otpnet/inet: sockopt addon skipped (Linux only); kernel options report enotsup');
  process.exit(0);
}
const candidates = [];
if (process.env.npm_config_node_gyp) candidates.push(process.env.npm_config_node_gyp);
try {
  const require = createRequire(join(dirname(process.execPath), '../lib/node_modules/npm/package.json'));
  candidates.push(require.resolve('node-gyp/bin/node-gyp.js'));
} catch {
  // npm's bundled node-gyp is not where it usually is
}
// Use the headers installed with Node when there are some, instead of downloading them.
const prefix = join(dirname(process.execPath), '..');
const nodedir =
  process.env.npm_config_nodedir ??
  (existsSync(join(prefix, 'include/node/node_api.h')) ? prefix : undefined);
const args = ['rebuild', ...(nodedir ? [`--nodedir=${nodedir}`] : [])];
for (const gyp of candidates) {
  const r = spawnSync(process.execPath, [gyp, ...args], { stdio: 'inherit' });
  if (r.status === 0) process.exit(0);
}
console.warn(
  '@otpnet/inet: could not build the sockopt addon; sndbuf, recbuf, tos, priority, dontroute, linger and raw options will fail with enotsup',
);
process.exit(0);
