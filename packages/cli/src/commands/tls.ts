// `otpnet tls serve|connect`: a TLS server and client on the ssl API.
import type { Command } from '../registry.js';
import { CONNECT_USAGE, tlsConnect } from './tls/connect.js';
import { SERVE_USAGE, tlsServe } from './tls/serve.js';

export const tlsCommand: Command = {
  name: 'tls',
  summary: 'a TLS server (serve) or client (connect)',
  usage: `${SERVE_USAGE}\n\n${CONNECT_USAGE}`,
  run(args) {
    const [sub, ...rest] = args;
    if (sub === 'serve') return tlsServe(rest);
    if (sub === 'connect') return tlsConnect(rest);
    console.error(`otpnet tls: expected serve or connect\n\n${this.usage}`);
    return Promise.resolve(2);
  },
};
