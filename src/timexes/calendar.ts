/** Gregorian date arithmetic in UTC, ISO weeks, and the Solar Hijri and Islamic calendars through Intl. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

export function toTime({ y, m, d }: Ymd): number {
  return Date.UTC(y, m - 1, d);
}

export function fromTime(time: number): Ymd {
  const date = new Date(time);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(date: Ymd, days: number): Ymd {
  return fromTime(toTime(date) + days * DAY_MS);
}

/** Monday 1 … Sunday 7. */
export function isoWeekday(date: Ymd): number {
  return ((new Date(toTime(date)).getUTCDay() + 6) % 7) + 1;
}

export function isoWeek(date: Ymd): { year: number; week: number } {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const firstOfYear = Date.UTC(thursday.y, 0, 1);
  return { year: thursday.y, week: Math.floor((toTime(thursday) - firstOfYear) / DAY_MS / 7) + 1 };
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

export function formatDay(date: Ymd): string {
  return `${pad(date.y, 4)}-${pad(date.m)}-${pad(date.d)}`;
}

export function formatWeek(date: Ymd): string {
  const { year, week } = isoWeek(date);
  return `${pad(year, 4)}-W${pad(week)}`;
}

export function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

type CalendarName = "persian" | "islamic-umalqura";
const formatters = new Map<CalendarName, Intl.DateTimeFormat>();

function partsIn(calendar: CalendarName, time: number): Ymd {
  let format = formatters.get(calendar);
  if (!format) {
    format = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, { timeZone: "UTC", year: "numeric", month: "numeric", day: "numeric" });
    formatters.set(calendar, format);
  }
  const parts = format.formatToParts(new Date(time));
  const get = (type: string) => Number.parseInt(parts.find((p) => p.type === type)?.value ?? "NaN", 10);
  return { y: get("year"), m: get("month"), d: get("day") };
}

/** Finds the Gregorian day whose date in `calendar` is `target`, searching near a first guess. */
function search(calendar: CalendarName, target: Ymd, guess: number): Ymd | null {
  for (let offset = 0; offset <= 40; offset++) {
    for (const sign of offset ? [1, -1] : [1]) {
      const time = guess + sign * offset * DAY_MS;
      const found = partsIn(calendar, time);
      if (found.y === target.y && found.m === target.m && found.d === target.d) return fromTime(time);
    }
  }
  return null;
}

export function fromPersian(target: Ymd): Ymd | null {
  // 1 Farvardin falls on 20 or 21 March; months 1–6 have 31 days, 7–11 have 30.
  const dayOfYear = target.m <= 6 ? (target.m - 1) * 31 : 186 + (target.m - 7) * 30;
  return search("persian", target, Date.UTC(target.y + 621, 2, 21) + (dayOfYear + target.d - 1) * DAY_MS);
}

export function persianYear(date: Ymd): number {
  return partsIn("persian", toTime(date)).y;
}

export function fromIslamic(target: Ymd): Ymd | null {
  const days = (target.y - 1) * 354.367 + (target.m - 1) * 29.53 + target.d - 1;
  return search("islamic-umalqura", target, Date.UTC(622, 6, 16) + Math.round(days) * DAY_MS);
}
