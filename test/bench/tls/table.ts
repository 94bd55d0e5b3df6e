// A plain text table: the first column left-aligned, the others right-aligned. A row of one cell
// is printed as it is (a note in place of numbers).
export function printTable(header: string[], rows: string[][]): void {
  const full = rows.filter((r) => r.length > 1);
  const widths = header.map((h, i) => Math.max(h.length, ...full.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(r.length === 1 ? r[0] : line(r));
}
