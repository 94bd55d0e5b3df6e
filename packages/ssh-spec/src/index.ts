// Generated from specs/ssh/*.spec by otpnet-gen. Do not edit.
export * from './algorithms.js';
export * from './binary-packet.js';
export * from './client-transport.js';
export * from './connection.js';
export * from './kex-dh.js';
export * from './kex-ecdh.js';
export * from './keys.js';
export * from './transport.js';
export * from './userauth.js';
