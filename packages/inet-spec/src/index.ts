// Generated from specs/inet/*.spec by otpnet-gen. Do not edit.
export * from './options.js';
export * from './packet-types.js';
export * from './posix-errors.js';
