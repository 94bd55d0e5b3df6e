import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingPeers } from '../../../test/support/peers.js';
import { keys } from '../src/index.js';
import { sshKeygen, TempDir } from './fixtures/tools.js';

describe.skipIf(missingPeers('ssh-keygen'))(
  'keys: known_hosts and authorized_keys against ssh-keygen',
  () => {
    const dir = new TempDir();
    let a: string;
    let b: string;
    let c: string;

    beforeAll(() => {
      sshKeygen(dir, '-t', 'ed25519', '-q', '-N', '', '-C', 'a@test', '-f', 'a');
      sshKeygen(dir, '-t', 'ecdsa', '-q', '-N', '', '-C', 'b@test', '-f', 'b');
      sshKeygen(dir, '-t', 'ed25519', '-q', '-N', '', '-C', 'c@test', '-f', 'c');
      [a, b, c] = ['a', 'b', 'c'].map((n) =>
        dir.text(`${n}.pub`).trim().split(' ').slice(0, 2).join(' '),
      ) as [string, string, string];
    });
    afterAll(() => dir.remove());

    /** Line numbers ssh-keygen -F reports for `query` in file `name`. */
    function sshKeygenFind(name: string, query: string): number[] {
      let out: string;
      try {
        out = sshKeygen(dir, '-F', query, '-f', name).toString();
      } catch {
        return []; // exit status 1: not found
      }
      return [...out.matchAll(/found: line (\d+)/g)].map((m) => Number(m[1]));
    }

    it('matches hosts as ssh-keygen -F does, plain and hashed (ssh-keygen -H)', () => {
      const text = [
        '# known hosts',
        `host1.example.com,192.0.2.1 ${a}`,
        `[host2.example.com]:2222 ${a}`,
        `*.wild.test,!bad.wild.test ${b}`,
        `@cert-authority *.ca.test ${c}`,
        '',
        `Host3.Example.COM ${b} a comment`,
      ].join('\n');
      dir.write('kh', `${text}\n`);
      dir.write('kh.hashed', `${text}\n`);
      sshKeygen(dir, '-H', '-f', 'kh.hashed');
      const queries: [string, number][] = [
        ['host1.example.com', 22],
        ['192.0.2.1', 22],
        ['host2.example.com', 2222],
        ['host2.example.com', 22],
        ['host3.example.com', 22],
        ['nowhere.test', 22],
      ];
      for (const file of ['kh', 'kh.hashed']) {
        const parsed = keys.parseKnownHosts(dir.text(file));
        expect(parsed.problems).toEqual([]);
        for (const [host, port] of queries) {
          const query = port === 22 ? host : `[${host}]:${port}`;
          const ours = parsed.entries.filter((e) => keys.knownHostMatches(e, host, port)).map((e) => e.line);
          expect([file, query, ours]).toEqual([file, query, sshKeygenFind(file, query)]);
        }
      }
      const hashed = keys.parseKnownHosts(dir.text('kh.hashed'));
      expect(hashed.entries.filter((e) => e.hashed).length).toBeGreaterThanOrEqual(4);
    });

    it('wildcards, negation and markers', () => {
      const file = keys.parseKnownHosts(
        [
          `*.wild.test,!bad.wild.test ${b}`,
          `@revoked * ${c}`,
          `@cert-authority *.ca.test ${a}`,
          `host1 ${a}`,
        ].join('\n'),
      );
      const keyA = keys.readSshPublicKey(a);
      const keyB = keys.readSshPublicKey(b);
      const keyC = keys.readSshPublicKey(c);
      expect(file.entries.map((e) => e.marker)).toEqual([undefined, 'revoked', 'cert-authority', undefined]);
      expect(keys.checkHostKey(file, 'x.wild.test', 22, keyB)).toBe('ok');
      expect(keys.checkHostKey(file, 'bad.wild.test', 22, keyB)).toBe('unknown');
      expect(keys.checkHostKey(file, 'x.wild.test', 22, keyA)).toBe('changed');
      expect(keys.checkHostKey(file, 'host1', 22, keyC)).toBe('revoked');
      expect(keys.checkHostKey(file, 'host1', 2222, keyA)).toBe('unknown');
      expect(keys.checkHostKey(file, 'HOST1', 22, keyA)).toBe('ok');
    });

    it('ssh-keygen -F finds the hashed lines we write', () => {
      const key = keys.readSshPublicKey(a);
      const lines = [
        keys.formatKnownHostsLine([keys.hashKnownHost('written.example.com')], key),
        keys.formatKnownHostsLine([keys.hashKnownHost('written.example.com', 2200)], key),
      ];
      dir.write('kh.ours', `${lines.join('\n')}\n`);
      expect(sshKeygenFind('kh.ours', 'written.example.com')).toEqual([1]);
      expect(sshKeygenFind('kh.ours', '[written.example.com]:2200')).toEqual([2]);
      const parsed = keys.parseKnownHosts(dir.text('kh.ours'));
      expect(keys.checkHostKey(parsed, 'written.example.com', 2200, key)).toBe('ok');
    });

    it('authorized_keys with options; fingerprints equal ssh-keygen -l', () => {
      const text = [
        '# keys',
        `command="echo \\"hi, there\\"",no-pty,from="10.0.0.0/8,192.0.2.*" ${a} alice`,
        `restrict,pty ${b} bob`,
        c,
        'this is not a key',
      ].join('\n');
      dir.write('ak', `${text}\n`);
      const file = keys.parseAuthorizedKeys(text);
      expect(file.keys.map((k) => k.line)).toEqual([2, 3, 4]);
      expect(file.problems.map((p) => p.line)).toEqual([5]);
      expect(file.keys[0]?.options).toEqual([
        { name: 'command', value: 'echo "hi, there"' },
        { name: 'no-pty' },
        { name: 'from', value: '10.0.0.0/8,192.0.2.*' },
      ]);
      expect(file.keys[0]?.comment).toBe('alice');
      expect(file.keys[1]?.options).toEqual([{ name: 'restrict' }, { name: 'pty' }]);
      const printed = sshKeygen(dir, '-l', '-E', 'sha256', '-f', 'ak').toString().trim().split('\n');
      expect(file.keys.map((k) => keys.sshFingerprint(k.blob))).toEqual(printed.map((l) => l.split(' ')[1]));
      expect(keys.sshFingerprint(text.split('\n')[1] ?? '', 'md5')).toBe(
        sshKeygen(dir, '-l', '-E', 'md5', '-f', 'a.pub').toString().split(' ')[1],
      );
      expect(keys.findAuthorizedKey(file, keys.readSshPublicKey(b)).map((k) => k.comment)).toEqual(['bob']);
    });
  },
);
