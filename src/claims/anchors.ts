/**
 * Which DATE timexes of a sentence anchor a statement. Not every date in a sentence dates what
 * it says: `2022-05` in a `date 2022-05` header, `2020` in `up 84 places compared to 2020`,
 * the date of a dateline (`Wetzlar, 23 May 2022.`) or of a tweet timestamp. Several dates of
 * one statement (`May 23, 2022 (2 June 1401)`, `2022` and `May 2022`) give one claim with the
 * most specific of them; dates that cannot be one statement's (`2016 … 2021`) give one each.
 */
import type { ReferenceDate, Timex } from "../schema/record.js";
import type { LanguagePack } from "../packs/pack.js";
import { PACKS } from "../packs/registry.js";

/** A sentence says something only if it has a few words besides its dates. */
const MIN_STATEMENT_WORDS = 3;
/** How far before a date a comparison cue (`compared to`) may stand. */
const COMPARISON_REACH = 30;

const DATE_KEYS = new RegExp(`^[\\s\\p{P}]*(?:${[...new Set(PACKS.flatMap((p) => p.dateKeys))].join("|")})[\\s:=]*$`, "iu");

export function anchorsOf(
  text: string,
  sentence: { start: number; end: number },
  /** The timexes inside the sentence. */
  inside: readonly Timex[],
  pack: LanguagePack,
  referenceDate: ReferenceDate,
): Timex[] {
  const anchors = inside.filter(
    (t) =>
      t.type === "DATE" &&
      isCalendarValue(t.value) &&
      !isMetadata(text, sentence, t, referenceDate) &&
      !pack.claims.comparison.test(text.slice(Math.max(sentence.start, t.start - COMPARISON_REACH), t.start)),
  );
  // Most sentences hold no date: the word count is asked only where there is one to anchor.
  if (anchors.length === 0 || !isStatement(text, sentence, inside)) return [];
  return oneAnchorPerStatement(anchors);
}

/** `2022-05-23`, `2022-07`, `2021-Q4`, `2022-SU`, `2022-W20`, `199` (decade); not `PRESENT_REF`. */
export function isCalendarValue(value: string): boolean {
  return /^\d{2,4}(?:$|-)/.test(value);
}

/** The date of a metadata line (`date 2022-05 …`): the reference date, right after its key. */
function isMetadata(text: string, sentence: { start: number }, timex: Timex, referenceDate: ReferenceDate): boolean {
  return referenceDate.source === "metadata" && timex.value === referenceDate.value && DATE_KEYS.test(text.slice(sentence.start, timex.start));
}

/** Whether a sentence says something: a few words besides its dates, handles and links. */
export function isStatement(text: string, sentence: { start: number; end: number }, timexes: readonly Timex[]): boolean {
  let rest = text.slice(sentence.start, sentence.end);
  for (const timex of [...timexes].sort((a, b) => b.start - a.start)) {
    rest = rest.slice(0, timex.start - sentence.start) + " " + rest.slice(timex.end - sentence.start);
  }
  // Counted word by word, and only until there are enough.
  let words = 0;
  for (const [token] of rest.matchAll(/\S+/g)) {
    const word = token.replace(/^[^\p{L}\p{N}@#]+|[^\p{L}\p{N}]+$/gu, "");
    if (/\p{L}/u.test(word) && !/^[@#]/.test(word) && !/^\S+\.\p{L}{2,}\//u.test(word) && ++words >= MIN_STATEMENT_WORDS) return true;
  }
  return false;
}

function oneAnchorPerStatement(anchors: readonly Timex[]): Timex[] {
  const chosen: Timex[] = [];
  for (const anchor of anchors) {
    const same = chosen.findIndex((c) => c.value.startsWith(anchor.value) || anchor.value.startsWith(c.value));
    if (same < 0) chosen.push(anchor);
    else if (anchor.value.length > chosen[same]!.value.length) chosen[same] = anchor;
  }
  return chosen;
}
