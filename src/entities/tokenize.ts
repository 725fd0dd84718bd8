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
  "gu",
);

/**
 * Tokens of `text[start, end)` with offsets into `text`.
 * @param abbreviations lower-case words that keep a following period (`dr`, `bzw`)
 */
export function tokenize(text: string, start = 0, end = text.length, abbreviations: ReadonlySet<string> = new Set()): Token[] {
  const tokens: Token[] = [];
  const region = text.slice(start, end);
  let reached = start;
  // `exec` on the one shared expression: `matchAll` would copy it for every sentence.
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(region); match; match = TOKEN.exec(region)) {
    const from = start + match.index;
    // An abbreviation that took its period swallowed this match, a lone ".".
    if (from < reached) continue;
    let to = from + match[0].length;
    if (text[to] === "." && to < end && abbreviations.has(match[0].toLowerCase())) to++;
    tokens.push({ text: to === from + match[0].length ? match[0] : text.slice(from, to), start: from, end: to });
    reached = to;
  }
  return tokens;
}
