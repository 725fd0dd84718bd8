/** Plain-text tables for reports read in a terminal: aligned columns, no colours. */
export type Row = readonly string[];

/** The first `textColumns` columns are left-aligned, the rest (numbers) right-aligned. */
export function formatTable(rows: readonly Row[], textColumns: number): string {
  const columns = Math.max(...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, c) => Math.max(...rows.map((row) => (row[c] ?? "").length)));
  return rows
    .map((row) =>
      row
        .map((cell, c) => (c < textColumns ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
