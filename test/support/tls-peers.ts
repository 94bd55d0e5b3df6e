// Real TLS peers on loopback for interop tests: openssl s_server/s_client, gnutls-serv/gnutls-cli,
// curl, and small Erlang ssl programs. Every process is bounded by a timeout and recorded, so that
// stopAll() in an afterAll hook stops exactly the processes started here. One module per peer
// under tls-peers/; this file is the one to import.
export type { ClientOptions, ClientResult } from './tls-peers/clients.js';
export { runCurl } from './tls-peers/curl.js';
export {
  type ErlangTlsClientOptions,
  type ErlangTlsClientResult,
  type ErlangTlsServerOptions,
  runErlangTlsClient,
  startErlangTlsServer,
} from './tls-peers/erlang.js';
export { type ErlangTlsVersion, erlBinary, erlString } from './tls-peers/erlang-terms.js';
export { gnutlsReportOf, runGnutlsClient, startGnutlsServer } from './tls-peers/gnutls.js';
export { runOpensslClient, startOpensslServer } from './tls-peers/openssl.js';
export { waitForOutput } from './tls-peers/output.js';
export { freePort, waitForPort } from './tls-peers/ports.js';
export { stopAll } from './tls-peers/processes.js';
export type { RunningServer, ServerOptions } from './tls-peers/servers.js';
