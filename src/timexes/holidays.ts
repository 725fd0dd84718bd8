/** The date of a named day in a given Gregorian year, from the rule its pack gives. */
import { addDays, fromIslamic, fromTime, isoWeekday, type Ymd } from "./calendar.js";

export function holidayDate(rule: string, year: number): Ymd | null {
  const fixed = /^(\d{2})-(\d{2})$/.exec(rule);
  if (fixed) return { y: year, m: Number(fixed[1]), d: Number(fixed[2]) };
  const easter = /^easter([+-]\d+)?$/.exec(rule);
  if (easter) return addDays(easterSunday(year), Number(easter[1] ?? 0));
  const islamic = /^islamic:(\d{2})-(\d{2})$/.exec(rule);
  if (islamic) return islamicInYear(year, Number(islamic[1]), Number(islamic[2]));
  const nth = /^(\d):(\d):(\d{2})$/.exec(rule);
  if (nth) {
    const first = { y: year, m: Number(nth[3]), d: 1 };
    const offset = (Number(nth[2]) - isoWeekday(first) + 7) % 7;
    return addDays(first, offset + 7 * (Number(nth[1]) - 1));
  }
  return null;
}

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
function easterSunday(year: number): Ymd {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return fromTime(Date.UTC(year, month - 1, day));
}

/** The Islamic day that falls in the Gregorian year (the Islamic year is 11 days shorter, so try two). */
function islamicInYear(year: number, month: number, day: number): Ymd | null {
  const approximate = Math.floor((year - 622) * (365.2425 / 354.367));
  for (const islamicYear of [approximate, approximate + 1, approximate + 2]) {
    const date = fromIslamic({ y: islamicYear, m: month, d: day });
    if (date && date.y === year) return date;
  }
  return null;
}
