// Generated from specs/dist/*.spec by otpnet-gen. Do not edit.
export * from './control.js';
export * from './epmd.js';
export * from './handshake.js';
export * from './handshake-acceptor.js';
export * from './handshake-initiator.js';
export * from './term.js';
