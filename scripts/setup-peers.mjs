#!/usr/bin/env node
// Installs the real peers the interop tests talk to (OpenSSL, GnuTLS, OpenSSH, dropbear,
// Erlang/OTP) from Debian's packages when they are missing and we are root. Without root it says
// what is missing; the tests that need a missing peer then skip with the reason (or fail under
// CI=true, where every peer is required).
import { execFileSync, spawnSync } from 'node:child_process';

/** command that must exist -> Debian package that provides it */
const PEERS = [
  ['openssl', 'openssl'],
  ['ssh', 'openssh-client'],
  ['ssh-keygen', 'openssh-client'],
  ['sshd', 'openssh-server'],
  ['erl', 'erlang-nox'],
  ['gnutls-cli', 'gnutls-bin'],
  ['gnutls-serv', 'gnutls-bin'],
  ['dropbear', 'dropbear-bin'],
  ['dbclient', 'dropbear-bin'],
];
/** Erlang applications the interop tests load, and the packages that carry them. */
const ERLANG_APPS = [
  ['ssl', 'erlang-ssl'],
  ['ssh', 'erlang-ssh'],
];

function has(command) {
  for (const dir of ['', '/usr/sbin/', '/usr/local/sbin/', '/sbin/']) {
    if (spawnSync('sh', ['-c', `command -v ${dir}${command}`], { stdio: 'ignore' }).status === 0) return true;
  }
  return false;
}

function erlangHas(app) {
  const r = spawnSync(
    'erl',
    ['-noshell', '-eval', `case code:lib_dir(${app}) of {error,_} -> halt(1); _ -> halt(0) end.`],
    {
      stdio: 'ignore',
      timeout: 20_000,
    },
  );
  return r.status === 0;
}

const missing = new Set();
for (const [cmd, pkg] of PEERS) if (!has(cmd)) missing.add(pkg);
for (const [app, pkg] of ERLANG_APPS) {
  if (!has('erl') || !erlangHas(app)) missing.add(pkg);
}

if (missing.size === 0) {
  console.log('peers: all installed');
  process.exit(0);
}
const list = [...missing].sort();
const root = typeof process.getuid === 'function' && process.getuid() === 0;
if (!root || !has('apt-get')) {
  console.warn(
    `peers: missing ${list.join(', ')}; install them (apt-get install ${list.join(' ')}) to run every interop test`,
  );
  process.exit(0);
}
console.log(`peers: installing ${list.join(', ')}`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
try {
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env, timeout: 600_000 });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...list], {
    stdio: 'inherit',
    env,
    timeout: 1_200_000,
  });
} catch (e) {
  console.warn(`peers: apt-get failed (${e.message}); tests that need ${list.join(', ')} will report it`);
}
