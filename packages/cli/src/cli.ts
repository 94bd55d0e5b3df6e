// `otpnet <command> [args]`: dispatch to a registered command, with --help everywhere.
import { decodeCommand } from './commands/decode.js';
import { demoCommand } from './commands/demo.js';
import { tlsCommand } from './commands/tls.js';
import { all, lookup, register } from './registry.js';

register(demoCommand, decodeCommand, tlsCommand);

function overview(): string {
  const width = Math.max(...all().map((c) => c.name.length));
  return [
    'usage: otpnet <command> [options]',
    '',
    'commands:',
    ...all().map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `otpnet <command> --help` for what a command takes.',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const target = name === 'help' && rest[0] ? lookup(rest[0]) : undefined;
    console.log(target ? target.usage : overview());
    return 0;
  }
  const cmd = lookup(name);
  if (!cmd) {
    console.error(`otpnet: unknown command ${name}\n\n${overview()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(cmd.usage);
    return 0;
  }
  return cmd.run(rest);
}
