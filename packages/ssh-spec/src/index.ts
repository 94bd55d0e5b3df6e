// Generated from specs/ssh/*.spec by otpnet-gen. Do not edit.
export * from './algorithms.js';
export * from './binary-packet.js';
export * from './channel.js';
export * from './client-transport.js';
export * from './connection.js';
export * from './kex-dh.js';
export * from './kex-dh-gex.js';
export * from './kex-ecdh.js';
export * from './keys.js';
export * from './messages.js';
export * from './server-transport.js';
export * from './transport.js';
export * from './userauth.js';
export * from './userauth-client.js';
export * from './userauth-server.js';
