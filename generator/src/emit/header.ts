/** The first line of every generated file. */
export function header(source: string): string {
  return `// Generated from ${source} by otpnet-gen. Do not edit.\n`;
}
