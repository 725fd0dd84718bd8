/**
 * Product names are MISC (ANNOTATION.md): a brand or line followed by a model designation
 * (`Xiaomi 12 Ultra`, `Huawei P30`, `Galaxy S22`, `Snapdragon 8 Plus Gen 1`). The corpora the
 * tagger learns from are 1990s–2010s newswire with few products, so it tends to call the brand
 * an ORG and leave the model number out; this pass extends such names over their model number
 * and makes them MISC.
 */
import type { Token } from "./tokenize.js";
import type { TokenSpan } from "./labels.js";

/** `12`, `P30`, `S22`, `Reno8`, `X80`, `Y75`, `8+`: short numbers and letter–digit model codes. */
const MODEL_CODE = /^(?:\p{L}{0,5}\d{1,3}\p{L}{0,2}|\d{1,3}\+?)$/u;
/** Words that continue a model designation after its number. */
const MODEL_WORDS = new Set(["pro", "ultra", "plus", "max", "mini", "lite", "pocket", "gen", "note", "edge", "se", "fold", "flip", "+"]);

function isModelCode(token: Token | undefined): boolean {
  return !!token && MODEL_CODE.test(token.text) && /\d/.test(token.text);
}

/**
 * A bare number after a name is a model only when more of a model designation follows
 * (`Xiaomi 12 Ultra`, `Snapdragon 8 Gen 1`, `Xiaomi 13-serie`): otherwise it is a score, a
 * shirt number or an age (`Japan 2 Syria 1`, `Yasuto Honda 71`), and the name keeps its type.
 */
function startsModel(tokens: readonly Token[], k: number, text: (k: number) => string): boolean {
  const token = tokens[k];
  if (!isModelCode(token)) return false;
  if (/\p{L}|\+/u.test((token as Token).text)) return true;
  const next = tokens[k + 1];
  return !!next && next.start === (token as Token).end + (text(k + 1) === "-" ? 0 : 1) && (MODEL_WORDS.has(text(k + 1).toLowerCase()) || text(k + 1) === "-");
}

/** Rewrites `spans` (sorted, non-overlapping) so that names with a model designation are MISC. */
export function markProducts(tokens: readonly Token[], spans: readonly TokenSpan[]): TokenSpan[] {
  const result: TokenSpan[] = [];
  for (const span of spans) {
    const previous = result[result.length - 1];
    if (previous && span.end <= previous.end) continue;
    let end = span.end;
    const adjacent = (k: number): boolean => (tokens[k - 1] as Token).end + 1 >= (tokens[k] as Token).start;
    const text = (k: number): string => (tokens[k] as Token).text;
    if (span.type !== "PER" && startsModel(tokens, end, text) && adjacent(end)) {
      end++;
      while (end < tokens.length && adjacent(end) && (MODEL_WORDS.has((tokens[end] as Token).text.toLowerCase()) || isModelCode(tokens[end]))) end++;
    }
    const product = end > span.end || (span.type !== "PER" && tokens.slice(span.start, span.end).some((token, k) => k > 0 && isModelCode(token)));
    const standaloneCode = span.end - span.start === 1 && isModelCode(tokens[span.start]) && /\p{L}/u.test((tokens[span.start] as Token).text);
    result.push(product || standaloneCode ? { start: span.start, end, type: "MISC" } : span);
  }
  return result;
}
