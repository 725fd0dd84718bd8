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
 * Characters that end a plain run of ASCII letters and digits without any alternative of
 * `TOKEN` reading on: white space, and punctuation that no URL, address, domain,
 * abbreviation, ticker, number or word continues with. After a digit run, `,` `.` `:` are
 * left out too (`3,5`, `12:30`).
 */
const ENDS_WORD_RUN = new Set([..." \t\n\r\u00a0,;!?()[]{}\"“”„«»–—…"].map((char) => char.charCodeAt(0)));
const ENDS_DIGIT_RUN = new Set([...ENDS_WORD_RUN].filter((code) => code !== 0x2c));

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAsciiLetter(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 97 && lower <= 122;
}

/**
 * Where the token starting at `at` ends when it is a plain run (`said`, `P30`, `2022`) followed
 * by one of the characters above, as `TOKEN` would find; -1 otherwise. Most tokens of news are
 * such runs, and reading them by hand spares the regular expression.
 */
function plainRunEnd(region: string, at: number): number {
  const length = region.length;
  const first = region.charCodeAt(at);
  let end = at + 1;
  if (isAsciiLetter(first)) {
    while (end < length && (isAsciiLetter(region.charCodeAt(end)) || isDigit(region.charCodeAt(end)))) end++;
    return end === length || ENDS_WORD_RUN.has(region.charCodeAt(end)) ? end : -1;
  }
  if (isDigit(first)) {
    while (end < length && isDigit(region.charCodeAt(end))) end++;
    return end === length || ENDS_DIGIT_RUN.has(region.charCodeAt(end)) ? end : -1;
  }
  return -1;
}

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
    while (at < region.length && region.charCodeAt(at) === 0x20) at++;
    if (at >= region.length) break;
    if (region.charCodeAt(at) < 0x20 || region.charCodeAt(at) >= 0x80) {
      SPACES.lastIndex = at;
      SPACES.test(region);
      at = SPACES.lastIndex;
      if (at >= region.length) break;
    }
    const from = start + at;
    let tokenEnd = plainRunEnd(region, at);
    if (tokenEnd < 0) {
      TOKEN.lastIndex = at;
      if (!TOKEN.test(region)) break;
      tokenEnd = TOKEN.lastIndex;
    }
    at = tokenEnd;
    // An abbreviation that took its period swallowed this match, a lone ".".
    if (from < reached) continue;
    const word = region.slice(from - start, at);
    let to = start + at;
    if (to < end && text[to] === "." && abbreviations.has(word.toLowerCase())) to++;
    tokens.push({ text: to === start + at ? word : text.slice(from, to), start: from, end: to });
    reached = to;
  }
  return tokens;
}
