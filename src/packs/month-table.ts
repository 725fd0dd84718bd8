/** Builds a month lookup from the twelve names of a language plus extra spellings. */
export function monthTable(
  names: readonly string[],
  extra: Readonly<Record<string, number>> = {},
): ReadonlyMap<string, number> {
  const table = new Map<string, number>();
  names.forEach((name, index) => {
    table.set(name, index + 1);
    if (name.length > 3) table.set(name.slice(0, 3), index + 1);
  });
  for (const [name, month] of Object.entries(extra)) table.set(name, month);
  return table;
}
