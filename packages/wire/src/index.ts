// @otpnet/wire: the small runtime that generated codecs, option validators and state machines call.

export * from './bigint.js';
export * from './bytes.js';
export * from './did-you-mean.js';
export * from './encode-checks.js';
export * from './enum.js';
export * from './errors.js';
export * from './field.js';
export * from './machine.js';
export * from './options.js';
export * from './reader.js';
export * from './writer.js';
