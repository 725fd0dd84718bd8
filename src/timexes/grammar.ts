/**
 * The shared engine: walks the tokens of a stretch once, tries the rule families at each
 * token that could start a timex, keeps the longest match and moves past it. Modifiers that
 * wrap any date (`Ende`, `begin`, `awal`, `early`, `the end of`) are handled here, once.
 */
import type { Parse, Rule, Scan } from "./scan.js";
import type { SenseKind } from "./lexicon.js";
import type { Token } from "./tokens.js";
import { dayMonth, monthFirst } from "./rules/months.js";
import { isoDate, numericDate } from "./rules/numeric-dates.js";
import { century, decade, spokenYear, year } from "./rules/years.js";
import { quarter, season } from "./rules/periods.js";
import { agoOrLater, namedDay, shiftedUnit, weekday } from "./rules/relative.js";
import { duration, recurrence } from "./rules/durations.js";
import { clockTime } from "./rules/clock.js";
import { quarterAnaphor, reference } from "./rules/references.js";
import { holiday } from "./rules/holidays.js";
import { reportYear } from "./rules/report-years.js";

type Opener = SenseKind | "digits" | "code";

/**
 * `q4`, `h1`: a quarter or half written as a code (read from character codes: the test runs on
 * every token, so its first answer is small enough to be inlined, see `bin/claimx.js`).
 */
function isPeriodCode(token: Token): boolean {
  return token.kind === "word" && token.lower.length === 2 && isPeriodCodeText(token.lower);
}

function isPeriodCodeText(text: string): boolean {
  const letter = text.charCodeAt(0);
  const digit = text.charCodeAt(1);
  return (letter === 113 || letter === 104) && digit >= 49 && digit <= 52;
}

/**
 * The rule families in order of preference when two match the same tokens, each with what
 * can open its expression, so a token runs only the rules it could start.
 */
const FAMILIES: readonly (readonly [Rule, readonly Opener[]])[] = [
  [isoDate, ["digits"]],
  [numericDate, ["digits"]],
  [clockTime, ["digits", "clockBefore"]],
  [dayMonth, ["digits", "article"]],
  [monthFirst, ["month", "shiftBefore"]],
  [quarter, ["code", "ordinal", "digits", "unit", "article"]],
  [season, ["season", "shiftBefore", "article"]],
  [decade, ["digits", "article", "yearWord"]],
  [century, ["digits", "ordinal", "unit", "article"]],
  [agoOrLater, ["agoBefore", "laterBefore", "quantifier", "digits", "number", "singleUnit"]],
  [shiftedUnit, ["shiftBefore", "unit", "article"]],
  [namedDay, ["day"]],
  [weekday, ["weekday", "shiftBefore", "article"]],
  [recurrence, ["set", "every"]],
  [duration, ["article", "quantifier", "shiftBefore", "vague", "digits", "number", "singleUnit"]],
  [year, ["digits"]],
  [spokenYear, ["number", "yearWord"]],
  [reference, ["reference"]],
  [quarterAnaphor, ["quarterAnaphor"]],
  [holiday, ["holiday", "article"]],
  [reportYear, ["article"]],
];

const bits = new Map<Opener, number>();
function bit(opener: Opener): number {
  let value = bits.get(opener);
  if (value === undefined) {
    value = 1 << bits.size;
    bits.set(opener, value);
  }
  return value;
}
const RULES = FAMILIES.map(([rule, openers]) => ({ rule, mask: openers.reduce((mask, opener) => mask | bit(opener), 0) }));

/** What token i could open, as a bit mask over the openers. */
function openers(scan: Scan, i: number): number {
  const token = scan.tokens[i]!;
  let mask = token.kind === "number" ? bit("digits") : 0;
  if (isPeriodCode(token)) mask |= bit("code");
  for (const entry of scan.senses[i]!) mask |= bits.get(entry.kind) ?? 0;
  return mask;
}

function longestAt(scan: Scan, i: number): Parse | null {
  if (i >= scan.tokens.length) return null;
  const mask = openers(scan, i);
  let best: Parse | null = null;
  for (const { rule, mask: opens } of RULES) {
    if (!(opens & mask)) continue;
    const parse = rule(scan, i);
    if (parse && parse.end > i && (!best || parse.end > best.end)) best = parse;
  }
  return best;
}

/** `Ende März 2022`, `begin volgend jaar`, `the end of 2022`, `awal tahun`, `Anfang des Jahres`, `mid-2022`. */
function withPeriodPart(scan: Scan, i: number): Parse | null {
  const at = scan.skipArticle(i);
  const part = scan.sense(at, "periodPart");
  if (!part) return null;
  let next = part.end;
  if (scan.punct(next, "-", true)) next++;
  const of = scan.sense(next, "of");
  if (of) next = of.end;
  const inner = longestAt(scan, next) ?? longestAt(scan, scan.skipArticle(next));
  if (inner && inner.meaning.kind !== "duration" && inner.meaning.kind !== "set" && inner.meaning.kind !== "reference") {
    return { ...inner, first: i };
  }
  // `awal tahun`, `Ende des Jahres`, `end of the month`: the current one.
  const unit = scan.sense(scan.skipArticle(next), "unit");
  if (unit && (unit.value === "Y" || unit.value === "M" || unit.value === "W")) {
    return { first: i, end: unit.end, meaning: { kind: "shift", unit: unit.value, n: 0 } };
  }
  return null;
}

/** Senses that only continue a timex begun before them (`of`, `ago`, `uur`), never open one. */
const TRAILING_ONLY = new Set<SenseKind>(["of", "range", "periodEnd", "comparison", "future", "past", "clockAfter", "agoAfter", "laterAfter", "shiftAfter"]);

function couldStart(scan: Scan, i: number): boolean {
  const token = scan.tokens[i]!;
  if (token.kind === "number") return true;
  if (isPeriodCode(token)) return true;
  let opens = false;
  for (const sense of scan.senses[i]!) {
    // An article (`the`, `de`) opens a timex only in front of something that could.
    if (sense.kind === "article") {
      if (i + 1 < scan.tokens.length && couldStart(scan, i + 1)) return true;
    } else if (!TRAILING_ONLY.has(sense.kind)) opens = true;
  }
  return opens;
}

/**
 * Senses that can carry a timex's meaning (a month, a unit, `today`, `now`), unlike modifiers
 * (`the`, `last`, `a`, `over`, `early`) that only lead up to one.
 */
const HEADS = new Set<SenseKind>(["month", "weekday", "unit", "singleUnit", "quarterAnaphor", "holiday", "day", "reference", "season", "partOfDay", "set", "yearWord", "islamicMonth"]);

/** Number words that open a year spoken in words (`nineteen ninety-six`, `two thousand`). */
const SPOKEN_CENTURIES = new Set<string | number>([18, 19, 2000]);

/** How far after a modifier the word it leads to may stand (`the last twenty-four hours`: 5 tokens on). */
const REACH = 6;

function isHead(scan: Scan, i: number): boolean {
  const token = scan.tokens[i]!;
  if (token.kind === "number") return true;
  if (isPeriodCode(token)) return true;
  for (const sense of scan.senses[i]!) if (HEADS.has(sense.kind) || (sense.kind === "number" && SPOKEN_CENTURIES.has(sense.value))) return true;
  return false;
}

/** A head at i or within reach after it: a modifier with none (`the`, `a`, `this` in running text) opens nothing. */
function headWithinReach(scan: Scan, i: number): boolean {
  const last = Math.min(i + REACH, scan.tokens.length - 1);
  for (let j = i; j <= last; j++) if (isHead(scan, j)) return true;
  return false;
}

export function parseAll(scan: Scan): Parse[] {
  const parses: Parse[] = [];
  const count = scan.tokens.length;
  for (let i = 0; i < count; ) {
    if (!couldStart(scan, i) || !headWithinReach(scan, i)) {
      i++;
      continue;
    }
    const wrapped = withPeriodPart(scan, i);
    const plain = longestAt(scan, i);
    const parse = wrapped && (!plain || wrapped.end > plain.end) ? wrapped : plain;
    if (parse) {
      parses.push(parse);
      i = parse.end;
    } else i++;
  }
  return parses;
}
