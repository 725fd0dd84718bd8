/**
 * Splits raw news text into tokens the way the NER corpora are tokenized: punctuation apart,
 * possessive `’s` apart (`Xiaomi’s` → `Xiaomi` `’s`), hyphens apart so that the name in a
 * compound can be tagged alone (`US-Sanktionen`, `P30-serie`); abbreviations (`U.S.`, the
 * pack's list), numbers, tickers (`1810.HK`), URLs, domains and handles stay whole.
 */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = new RegExp(
  [
    String.raw`https?:\/\/\S+|www\.\S+|pic\.twitter\.com\/\w+`,
    String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`,
    String.raw`[@#][\p{L}\p{N}_]+`,
    String.raw`[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|de|nl|id|co\.id|co\.uk|eu|io|info)(?![\p{L}\p{N}])`,
    String.raw`(?:\p{L}\.){2,}`,
    String.raw`\d+\.[A-Z]{1,4}(?![\p{L}\p{N}])`,
    String.raw`\d+(?:[.,:]\d+)*`,
    String.raw`[\p{L}\p{M}\p{N}]+(?:['’](?![sS](?![\p{L}\p{N}]))[\p{L}\p{M}]+)*`,
    String.raw`['’][sS](?![\p{L}\p{N}])`,
    String.raw`\S`,
  ].join("|"),
  // Sticky and asked with `test`: every non-space character starts a token (the last
  // alternative takes any), so the tokenizer skips white space itself and only needs to know
  // where the token at that position ends, without a match array per token.
  "uy",
);
const SPACES = /\s*/uy;

/**
 * Tokens of `text[start, end)` with offsets into `text`.
 * @param abbreviations lower-case words that keep a following period (`dr`, `bzw`)
 */
export function tokenize(text: string, start = 0, end = text.length, abbreviations: ReadonlySet<string> = new Set()): Token[] {
  const tokens: Token[] = [];
  const region = text.slice(start, end);
  let reached = start;
  let at = 0;
  for (;;) {
    SPACES.lastIndex = at;
    SPACES.test(region);
    TOKEN.lastIndex = SPACES.lastIndex;
    if (!TOKEN.test(region)) break;
    const from = start + SPACES.lastIndex;
    at = TOKEN.lastIndex;
    // An abbreviation that took its period swallowed this match, a lone ".".
    if (from < reached) continue;
    const word = region.slice(from - start, at);
    let to = start + at;
    if (text[to] === "." && to < end && abbreviations.has(word.toLowerCase())) to++;
    tokens.push({ text: to === start + at ? word : text.slice(from, to), start: from, end: to });
    reached = to;
  }
  return tokens;
}
