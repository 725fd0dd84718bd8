/** Clock times: `14.00 uur`, `14 Uhr`, `2 p.m.`, `10:30`, `pukul 14.00 WIB`, `um 19:55 Uhr`. */
import type { Parse, Scan } from "../scan.js";

/** `am`, `a.m.`, `pm`, `p.m.` at i, or glued to the number before it (`8am`): hours to add and the index after. */
function meridiem(scan: Scan, i: number): { add: number; end: number } | undefined {
  const glued = scan.token(i - 1)?.suffix;
  if (glued === "am" || glued === "pm") return { add: glued === "pm" ? 12 : 0, end: i };
  const token = scan.token(i);
  if (!token || token.kind !== "word") return undefined;
  if (token.lower === "am" || token.lower === "pm") return { add: token.lower === "pm" ? 12 : 0, end: i + 1 };
  if ((token.lower === "a" || token.lower === "p") && scan.punct(i + 1, ".", true) && scan.token(i + 2)?.lower === "m" && !scan.token(i + 2)!.spaced) {
    return { add: token.lower === "p" ? 12 : 0, end: scan.punct(i + 3, ".", true) ? i + 4 : i + 3 };
  }
  return undefined;
}

/** Zone words that mean Coordinated Universal Time in every language. */
const UTC_WORDS = new Set(["utc", "gmt"]);

function utcAt(scan: Scan, i: number): boolean {
  const zone = scan.sense(i, "clockAfter");
  return !!zone && UTC_WORDS.has(String(zone.value));
}

/** Letters glued to a clock number: `17:48h`, `8am`, `7:15pm`. */
const CLOCK_TAILS = new Set(["h", "am", "pm"]);

function minuteGiven(scan: Scan, at: number): boolean {
  return scan.punct(at + 1, ":.", true) && scan.number(at + 2)?.digits === 2;
}

export function clockTime(scan: Scan, i: number): Parse | null {
  const before = scan.sense(i, "clockBefore");
  const at = before ? before.end : i;
  const hourToken = scan.number(at);
  if (!hourToken) return null;
  // `1120pm`, `0710h`, `0800 UTC`: hours and minutes written together, with a tail or a zone that says so.
  const zoned = hourToken.digits === 4 && !hourToken.suffix && utcAt(scan, at + 1);
  if (hourToken.digits === 4 && (hourToken.suffix === "am" || hourToken.suffix === "pm" || hourToken.suffix === "h" || zoned)) {
    const hour = Math.floor(hourToken.value / 100);
    const minute = hourToken.value % 100;
    if (hour > 24 || minute > 59) return null;
    const add = hourToken.suffix === "pm" && hour < 12 ? 12 : 0;
    const end = zoned ? scan.sense(at + 1, "clockAfter")!.end : at + 1;
    return { first: at, end, meaning: { kind: "clock", hour: (hour + add) % 24, minute, utc: zoned || undefined }, type: "TIME" };
  }
  if ((hourToken.suffix && !CLOCK_TAILS.has(hourToken.suffix)) || hourToken.digits > 2 || hourToken.value > 24) return null;
  let hour = hourToken.value;
  let minute = 0;
  let end = at + 1;
  let colon = false;
  const separator = scan.token(end);
  if (separator && separator.kind === "punct" && ":.".includes(separator.lower) && !separator.spaced) {
    const minuteToken = scan.number(end + 1);
    if (!hourToken.suffix && minuteToken && minuteToken.digits === 2 && minuteToken.value < 60 && !minuteToken.spaced && (!minuteToken.suffix || CLOCK_TAILS.has(minuteToken.suffix))) {
      minute = minuteToken.value;
      colon = separator.lower === ":";
      end += 2;
      if (scan.punct(end, ":.", true) && scan.number(end + 1)?.digits === 2 && !scan.token(end + 1)!.spaced) end += 2;
    }
  }
  const half = meridiem(scan, end);
  if (half) {
    if (hour > 12) return null;
    hour = (hour % 12) + half.add;
    end = half.end;
  }
  let suffixed = scan.token(end - 1)?.suffix === "h";
  let utc = false;
  for (let after = scan.sense(end, "clockAfter"); after; after = scan.sense(end, "clockAfter")) {
    utc ||= UTC_WORDS.has(String(after.value));
    end = after.end;
    suffixed = true;
  }
  // A bare `14.00` may be a price or a score; a clock needs a colon or a word that says so.
  if (!half && !suffixed && !colon && !(before && end > at + 1)) return null;
  // `om`, `um`, `pukul` are prepositions: the span starts at the time itself.
  if (!half && !before && !minuteGiven(scan, at) && scan.sense(at + 1, "unit")) return null;
  return { first: at, end, meaning: { kind: "clock", hour: hour === 24 ? 0 : hour, minute, utc: utc || undefined }, type: "TIME" };
}
