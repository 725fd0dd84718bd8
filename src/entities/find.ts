import type { Entity, LanguageCode } from "../schema/record.js";
import type { Analysis, Sentence } from "../pipeline/analysis.js";
import { LANGUAGE_CODES } from "../schema/languages.js";
import { packOrDefault } from "../packs/registry.js";
import { canonicalNames, withoutPossessive } from "./canonical.js";
import type { Mention } from "./canonical.js";
import { agreeWithinDocument } from "./document.js";
import { labelsToSpans } from "./labels.js";
import { loadGazetteer, taggerFor } from "./load.js";
import { markProducts } from "./products.js";
import { tokenize, type Token } from "./tokenize.js";

/** Tokens that look like names to the tagger but are addresses: handles, URLs, domains. */
const NOT_A_NAME = /^[@#]|^(?:https?:\/\/|www\.)|^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|de|nl|id|eu|io|info|co\.id|co\.uk)$/u;

/** Capitalized words of the trade that the tagger, trained on older newswire, takes for names. */
const COMMON_ACRONYMS = new Set(["CEO", "CFO", "CTO", "COO", "AI", "IoT", "AIoT", "R&D", "HTML", "URL", "CAPTCHA", "PDF", "FAQ", "GPS", "USB", "LED", "OLED", "SMS", "5G", "4G"]);

function modelLanguage(code: string, fallback: string): LanguageCode {
  const known = (c: string): c is LanguageCode => (LANGUAGE_CODES as readonly string[]).includes(c);
  return known(code) ? code : known(fallback) ? fallback : "en";
}

/**
 * Named entities (PER, ORG, LOC, MISC) of every sentence, tagged by the model of the sentence's
 * language, with canonical names shared by the mentions of one entity.
 */
export function findEntities(analysis: Analysis): Entity[] {
  const { text } = analysis;
  const mentions: Mention[] = [];
  const insideTimex = timexCover(analysis.timexes);
  // Arrays filled by `push` rather than made by `map`: `map` made arrays of one elements kind
  // before it was optimized and of another after, and each kind that this function, the
  // tagger and the agreement pass met threw their optimized code away.
  const tagged: TaggedSentence[] = [];
  const sentenceWords: string[][] = [];
  const sentenceLabels: Uint8Array[] = [];
  for (const sentence of analysis.sentences) {
    const one = tagSentence(analysis, sentence);
    tagged.push(one);
    sentenceWords.push(one.words);
    sentenceLabels.push(one.labels);
  }
  agreeWithinDocument(sentenceWords, sentenceLabels);
  for (const { tokens, abbreviations, labels } of tagged) {
    for (const span of markProducts(tokens, labelsToSpans(labels))) {
      const first = tokens[span.start];
      const last = tokens[span.end - 1];
      if (!first || !last) continue;
      let start = first.start;
      let end = last.end;
      // A possessive or a stray hyphen at an edge is not part of the name.
      if (/^['’][sS]$/u.test(last.text) && span.end - span.start > 1) end = (tokens[span.end - 2] as typeof last).end;
      if (text[start] === "-") start++;
      if (text[end - 1] === "-") end--;
      if (end <= start) continue;
      const name = text.slice(start, end);
      if (NOT_A_NAME.test(name) || COMMON_ACRONYMS.has(name) || !/[\p{L}\p{N}]/u.test(withoutPossessive(name))) continue;
      // `evtl.`, `zzgl.`: a word of the language's abbreviation list is not a name on its own.
      if (span.end - span.start === 1 && name.endsWith(".") && abbreviations.has(name.slice(0, -1).toLowerCase())) continue;
      // A word inside a time expression (`May` in `May 23, 2022`) is not a name.
      if (insideTimex(start, end)) continue;
      const previous = mentions[mentions.length - 1];
      // `Hans-Peter`, `Baden-Württemberg`: the tokenizer splits at hyphens, the name is whole.
      if (previous && previous.type === span.type && text.slice(previous.end, start) === "-") {
        previous.end = end;
        previous.text = text.slice(previous.start, end);
        continue;
      }
      mentions.push({ start, end, text: name, type: span.type });
    }
  }
  const canonical = canonicalNames(mentions, text, loadGazetteer().countries);
  // Written out: a spread of each mention into a new object took 2.6% of the pipeline's time.
  return mentions.map(({ start, end, text: name, type }, k) => ({ start, end, text: name, type, canonical: canonical[k] as string }));
}

interface TaggedSentence {
  tokens: Token[];
  words: string[];
  abbreviations: ReadonlySet<string>;
  labels: Uint8Array;
}

/** A sentence's tokens and their labels, by the model of the sentence's language. */
function tagSentence(analysis: Analysis, sentence: Sentence): TaggedSentence {
  const language = modelLanguage(sentence.language, analysis.language.code);
  const { abbreviations } = packOrDefault(language);
  const tokens = tokenize(analysis.text, sentence.start, sentence.end, abbreviations);
  const words: string[] = [];
  for (const token of tokens) words.push(token.text);
  return { tokens, words, abbreviations, labels: tokens.length ? taggerFor(language).tag(words) : new Uint8Array(0) };
}

/**
 * Whether a name lies inside a time expression, asked in text order: one pointer walks the
 * sorted timexes, so an article with many names and dates costs linear time.
 */
function timexCover(timexes: Analysis["timexes"]): (start: number, end: number) => boolean {
  const sorted = [...timexes].sort((a, b) => a.start - b.start);
  let next = 0;
  return (start, end) => {
    while (next < sorted.length && sorted[next]!.end <= start) next++;
    const timex = sorted[next];
    return timex !== undefined && timex.start <= start && end <= timex.end;
  };
}
