// The otpnet command as a library: other packages add their subcommands with `register`.
export { main } from './cli.js';
export { CliError, type CliReason } from './errors.js';
export { type Command, register } from './registry.js';
