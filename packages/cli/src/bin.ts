#!/usr/bin/env node
import { main } from './cli.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`otpnet: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
