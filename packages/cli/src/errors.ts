// The typed error of the otpnet command's library side: what `register` throws when a package
// registers a command under a name that is already taken.
export type CliReason = 'duplicate_command';

export class CliError extends Error {
  override readonly name = 'CliError';
  readonly reason: CliReason;
  constructor(reason: CliReason, detail: string) {
    super(`otpnet: ${detail}`);
    this.reason = reason;
  }
}
