// Subcommands of `otpnet`. Each package's commands register here under their name, so
// `otpnet --help` lists everything and `otpnet <command> --help` describes one.
import { CliError } from './errors.js';

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The usage text `otpnet <name> --help` prints. */
  usage: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(args: string[]): Promise<number>;
}

const commands = new Map<string, Command>();

export function register(...list: Command[]): void {
  for (const c of list) {
    if (commands.has(c.name)) throw new CliError('duplicate_command', `command ${c.name} registered twice`);
    commands.set(c.name, c);
  }
}

export function lookup(name: string): Command | undefined {
  return commands.get(name);
}

export function all(): Command[] {
  return [...commands.values()].sort((a, b) => a.name.localeCompare(b.name));
}
