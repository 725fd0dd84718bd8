/**
 * Reads one date written at the start of a string, in the forms metadata and datelines use:
 * ISO `2022-05-23` / `2022-05`, numeric `23.05.2022` / `23/05/2022` (day first, as in all four
 * languages' news), and `23 May 2022`, `May 23, 2022`, `23. Mai 2022`.
 */
import { pad } from "../timexes/calendar.js";
import { PACKS } from "../packs/registry.js";

const MONTHS = new Map<string, number>();
for (const pack of PACKS) for (const [name, month] of pack.months) MONTHS.set(name, month);

const ISO = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d])/;
const NUMERIC = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?!\d)/;
const DAY_MONTH_YEAR = /^(\d{1,2})\.?\s+(\p{L}+)\.?,?\s+(\d{4})(?!\d)/u;
const MONTH_DAY_YEAR = /^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/u;
const WEEKDAY = /^\p{L}+,\s+/u;

export function parseWrittenDate(input: string, { fullOnly }: { fullOnly: boolean }): string | null {
  const text = input.replace(WEEKDAY, (m) => (MONTHS.has(m.slice(0, -2).toLowerCase()) ? m : ""));
  const iso = ISO.exec(text);
  if (iso) {
    const [, year, month, day] = iso;
    if (!validMonth(Number(month))) return null;
    if (day) return validDay(Number(day)) ? `${year}-${month}-${day}` : null;
    return fullOnly ? null : `${year}-${month}`;
  }
  const numeric = NUMERIC.exec(text);
  if (numeric) return format(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return format(Number(dmy[3]), MONTHS.get(dmy[2]!.toLowerCase()), Number(dmy[1]));
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) return format(Number(mdy[3]), MONTHS.get(mdy[1]!.toLowerCase()), Number(mdy[2]));
  return null;
}

function format(year: number, month: number | undefined, day: number): string | null {
  if (month === undefined || !validMonth(month) || !validDay(day)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const validMonth = (month: number) => month >= 1 && month <= 12;
const validDay = (day: number) => day >= 1 && day <= 31;
