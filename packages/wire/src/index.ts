// @otpnet/wire: the small runtime that generated codecs, option validators and state machines call.
export * from './errors.js';
export * from './reader.js';
export * from './writer.js';
export * from './enum.js';
export * from './options.js';
export * from './machine.js';
