// Generated from specs/tls/*.spec by otpnet-gen. Do not edit.
export * from './alert.js';
export * from './algorithms.js';
export * from './cipher-suites.js';
export * from './client12.js';
export * from './client13.js';
export * from './common.js';
export * from './extensions.js';
export * from './handshake.js';
export * from './handshake12.js';
export * from './named-groups.js';
export * from './options.js';
export * from './record.js';
export * from './server12.js';
export * from './server13.js';
export * from './signature-schemes.js';
export * from './tickets.js';
