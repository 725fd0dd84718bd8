/**
 * The tagger's features. Everything that depends on one word alone is computed once per word
 * type (`WordFeatures`); what depends on the sentence (neighbour pairs, position, headline
 * case, gazetteer phrases) is combined per token from integer hashes.
 */
import { combine, hashRange, hashString } from "./hash.js";
import { HEAD_MASK, PART_FIELDS, PLACE_CODE_BITS, PLACE_FIELDS, TYPE_BITS, mostFrequentBand } from "./gazetteer.js";
import type { Gazetteer } from "./gazetteer.js";
import { ORGANISATION_CUES, PERSON_TITLES, PLACE_CUES } from "./curated-names.js";
import { BAND_BITS, BAND_MASK, FREQUENCY_LANGUAGES } from "./frequency-bands.js";

/** Positions relative to the token whose word features take part: two words either side. */
export const WINDOW = 2;
export const OFFSET_COUNT = 2 * WINDOW + 1;

const enum Template {
  Word = 1,
  Lower,
  Shape,
  ShortShape,
  Prefix,
  Suffix,
  Flags,
  GazetteerWord,
  FrequencyBand,
  Bias = 40,
  FirstShape,
  CaseShape,
  BigramLeft,
  BigramRight,
  ShapeTrigram,
  Gazetteer,
  GazetteerShape,
  PreviousCapitalized,
  Domain,
  LanguageBand,
  /** Past the numbers that `at` and the affix templates (`Prefix * 8 + n`) give. */
  StemGazetteer = 100,
  FirstPart,
  PartTypes,
  Head,
  HeadBand,
  Place,
  PlaceStem,
  PlaceParts,
  NameCue,
  NameShare,
  NameShareLeft,
  NameShareRight,
}

/** Template id of a word feature seen from a neighbour: keeps offsets apart in one hash space. */
function at(template: Template, offset: number): number {
  return template * 8 + offset + WINDOW;
}

export interface WordFeatures {
  /** Feature hashes of this word seen at each offset −WINDOW … +WINDOW from the tagged token. */
  readonly byOffset: readonly Uint32Array[];
  readonly lower: number;
  /** The word in lower case, as the gazetteer matches it. */
  readonly lowerText: string;
  readonly shortShape: number;
  readonly capitalized: boolean;
  /** Whether the word starts with a letter that has a case. */
  readonly cased: boolean;
}

/** What the sentence-level features read of a word: all of it but the per-offset hashes. */
export type ContextWord = Omit<WordFeatures, "byOffset">;

const BIAS = combine(Template.Bias, 0);

/** A character's class in a shape: a digit `d`, a capital `X`, a small letter `x`, or itself. */
function kindOf(char: string): string {
  return char >= "0" && char <= "9" ? "d" : char !== char.toLowerCase() ? "X" : char !== char.toUpperCase() ? "x" : char;
}

/**
 * `kindOf` of each ASCII character, read from a table: a shape is made once per new word type,
 * and lower- and upper-casing each character to classify it made a string per character.
 */
const ASCII_KINDS: readonly string[] = Array.from({ length: 0x80 }, (_, code) => kindOf(String.fromCharCode(code)));

/** The shape of a word: `Xiaomi` → `Xxxxxx`, `P50` → `Xdd`; long runs are capped. */
function shapeOf(word: string): string {
  let shape = "";
  let previous = "";
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    let kind: string;
    if (code < 0x80) kind = ASCII_KINDS[code] as string;
    else {
      // A whole code point, as iterating over the string gives it.
      const wide = code >= 0xd800 && code <= 0xdbff && i + 1 < word.length && (word.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      kind = kindOf(word.slice(i, wide ? i + 2 : i + 1));
      if (wide) i++;
    }
    run = kind === previous ? run + 1 : 1;
    previous = kind;
    if (run <= 4) shape += kind;
  }
  return shape;
}

function shortShapeOf(shape: string): string {
  let short = "";
  for (const char of shape) if (short[short.length - 1] !== char) short += char;
  return short;
}

function flagsOf(word: string): number {
  const first = word[0] ?? "";
  const upperInitial = first !== first.toLowerCase();
  const allUpper = word === word.toUpperCase() && word !== word.toLowerCase();
  const digit = /\d/.test(word);
  const lengthBucket = Math.min(word.length, 8);
  return (
    (upperInitial ? 1 : 0) |
    (allUpper ? 2 : 0) |
    (digit ? 4 : 0) |
    (word.includes("-") ? 8 : 0) |
    (word.includes(".") ? 16 : 0) |
    (lengthBucket << 5)
  );
}

const TYPE_MASK = (1 << TYPE_BITS) - 1;

/**
 * Languages whose words also get features of their stem and compound parts: German, where they
 * raised held-out F1; Indonesian lost by them (IDNer and NERGrit dev).
 */
const COMPOUNDING_LANGUAGES: ReadonlySet<string> = new Set(["de"]);

/** The features of a word type as the tagger of `language` sees them, in arrays of their own. */
export function lexicalFeatures(word: string, gazetteer: Gazetteer, language: string | undefined): WordFeatures {
  return kept(writeLexicalFeatures(word, gazetteer, language, scratch), scratch);
}

/** `lexicalFeatures` written into `out` (see `writeWordFeatures`). */
export function writeLexicalFeatures(word: string, gazetteer: Gazetteer, language: string | undefined, out: FeatureBuffer): ContextWord {
  return writeWordFeatures(
    word,
    gazetteer.wordTypes(word),
    language && COMPOUNDING_LANGUAGES.has(language) ? gazetteer.partTypes(word) : 0,
    language && PLACE_LANGUAGES.has(language) ? gazetteer.placeTypes(word) : 0,
    language ? (nameCues(language).get(word.toLowerCase()) ?? 0) : 0,
    out,
  );
}

/** Cue word lists with the code the cue feature gives their words. */
const CUE_LISTS: readonly [Readonly<Record<string, readonly string[]>>, number][] = [
  [ORGANISATION_CUES, 1],
  [PLACE_CUES, 2],
  [PERSON_TITLES, 3],
];

const cueMaps = new Map<string, ReadonlyMap<string, number>>();
/** Each cue word of a language (`ORGANISATION_CUES`, `PLACE_CUES`, `PERSON_TITLES`) with its list's code. */
function nameCues(language: string): ReadonlyMap<string, number> {
  let cues = cueMaps.get(language);
  if (!cues) {
    const map = new Map<string, number>();
    for (const [lists, code] of CUE_LISTS) for (const word of Object.hasOwn(lists, language) ? (lists[language] ?? []) : []) map.set(word, code);
    cueMaps.set(language, (cues = map));
  }
  return cues;
}

/**
 * Languages whose words get features of the list of smaller places: German, where they raised
 * held-out F1 on CoNLL German; Indonesian dev stayed level.
 */
const PLACE_LANGUAGES: ReadonlySet<string> = new Set(["de"]);
const PLACE_MASK = (1 << PLACE_CODE_BITS) - 1;

/**
 * The most feature hashes one word type can have over all window positions (at most 29 of its
 * own and 8 at each other position): the size of a `FeatureBuffer`.
 */
const WORD_FEATURE_LIMIT = 64;

/**
 * Where `writeWordFeatures` puts the feature hashes of a word type: all window positions back
 * to back, position `k` (offset `k − WINDOW`) at `hashes[k ? ends[k − 1] : 0 … ends[k])`, as
 * signed integers (the model's `addWeights` takes them so). One buffer serves every new word
 * type: the tagger folds a type's hashes into its scores at once and keeps none of them, where
 * five typed arrays, a list and eight prefix and suffix strings per type made scoring a new type
 * a fifth slower.
 */
export class FeatureBuffer {
  readonly hashes = new Int32Array(WORD_FEATURE_LIMIT);
  readonly ends = new Int32Array(OFFSET_COUNT);
}

/** The features of a word type as `lexicalFeatures` gives them, in arrays of their own. */
export function wordFeatures(word: string, lexicon: number, parts = 0, places = 0, cue = 0): WordFeatures {
  return kept(writeWordFeatures(word, lexicon, parts, places, cue, scratch), scratch);
}

const scratch = new FeatureBuffer();

function kept(context: ContextWord, { hashes, ends }: FeatureBuffer): WordFeatures {
  const byOffset = Array.from(ends, (end, k) => Uint32Array.from(hashes.subarray(k ? (ends[k - 1] as number) : 0, end)));
  return { ...context, byOffset };
}

/**
 * Writes the feature hashes of a word type into `out` and returns what the sentence-level
 * features read of it.
 * @param lexicon the gazetteer's `wordTypes`: the bit set of the lists that hold this word on its
 *   own and the word's frequency band
 * @param parts the gazetteer's `partTypes`: what the lists know of the word's stem and parts
 */
export function writeWordFeatures(word: string, lexicon: number, parts: number, places: number, cue: number, out: FeatureBuffer): ContextWord {
  const { hashes, ends } = out;
  const gazetteerTypes = lexicon & TYPE_MASK;
  const bands = lexicon >>> TYPE_BITS;
  // The most frequent band over all languages: a name is rare in every language.
  const band = mostFrequentBand(bands);
  const lower = word.toLowerCase();
  const length = lower.length;
  const shape = shapeOf(word);
  const shortShape = shortShapeOf(shape);
  const hLower = hashString(lower, Template.Lower);
  const hShort = hashString(shortShape, Template.ShortShape);
  const hSuffix3 = hashRange(lower, Math.max(0, length - 3), length, Template.Suffix);
  const first = word[0] ?? "";
  const firstLower = first.toLowerCase();
  const capital = first !== firstLower ? 1 : 0;
  const stemTypes = (parts >>> PART_FIELDS.stem) & TYPE_MASK;
  // A compound is named by its head (`SPD-Fraktion` is a group of people, `Landesregierung` a
  // government) and may contain a name in front.
  const head = (parts >>> PART_FIELDS.head) & HEAD_MASK;
  const headBand = parts >>> PART_FIELDS.headBand;
  let count = 0;
  for (let offset = -WINDOW; offset <= WINDOW; offset++) {
    if (offset === 0) {
      // The bias fires once per token, so it can stand with the token's own word features.
      hashes[count++] = BIAS;
      hashes[count++] = hashString(word, Template.Word);
      hashes[count++] = hLower;
      hashes[count++] = hashString(shape, Template.Shape);
      hashes[count++] = hShort;
      hashes[count++] = combine(Template.Flags, flagsOf(word));
      for (let n = 1; n <= 4 && n < length; n++) {
        hashes[count++] = hashRange(lower, 0, n, Template.Prefix * 8 + n);
        hashes[count++] = hashRange(lower, length - n, length, Template.Suffix * 8 + n);
      }
      if (gazetteerTypes) hashes[count++] = combine(Template.GazetteerWord, gazetteerTypes);
      // How common the word is in general text: a capitalized word no word list knows is likely a name.
      hashes[count++] = combine(Template.FrequencyBand, band, hShort);
      // Per language too: a word common only in another language is a foreign word, often a name.
      for (let language = 0; language < FREQUENCY_LANGUAGES; language++) {
        hashes[count++] = combine(Template.LanguageBand, language, 2 * ((bands >>> (BAND_BITS * language)) & BAND_MASK) + capital);
      }
      if (stemTypes) hashes[count++] = combine(Template.StemGazetteer, stemTypes);
      if (head) {
        hashes[count++] = hashRange(lower, head, length, Template.Head);
        hashes[count++] = combine(Template.HeadBand, headBand, capital);
        if (lower[head - 1] === "-") {
          hashes[count++] = hashRange(lower, 0, lower.indexOf("-"), Template.FirstPart);
          hashes[count++] = combine(Template.PartTypes, (parts >>> PART_FIELDS.first) & TYPE_MASK, (parts >>> PART_FIELDS.last) & TYPE_MASK);
        }
      }
      const place = (places >>> PLACE_FIELDS.own) & PLACE_MASK;
      const placeStem = (places >>> PLACE_FIELDS.stem) & PLACE_MASK;
      // Smaller places apart from the list of large cities: a town's name is often a common word or
      // a surname too, and the tagger learns how far to trust this list on its own.
      if (place) hashes[count++] = combine(Template.Place, place, capital);
      if (placeStem) hashes[count++] = combine(Template.PlaceStem, placeStem, capital);
      if (places >>> PLACE_FIELDS.first) hashes[count++] = combine(Template.PlaceParts, (places >>> PLACE_FIELDS.first) & PLACE_MASK, (places >>> PLACE_FIELDS.last) & PLACE_MASK);
      // A word that starts or heads organisation or place names (`Partai`, `Universitas`, `Pulau`),
      // or a title in front of a person's name (`Haji`, `Gubernur`).
      if (cue) hashes[count++] = combine(Template.NameCue, cue, capital);
    } else {
      const near = offset === -1 || offset === 1;
      hashes[count++] = combine(at(Template.Lower, offset), hLower);
      hashes[count++] = combine(at(Template.ShortShape, offset), hShort);
      if (near) hashes[count++] = combine(at(Template.Suffix, offset), hSuffix3);
      if (near && gazetteerTypes) hashes[count++] = combine(at(Template.GazetteerWord, offset), gazetteerTypes);
      if (near) hashes[count++] = combine(at(Template.FrequencyBand, offset), band);
      if (near && stemTypes) hashes[count++] = combine(at(Template.StemGazetteer, offset), stemTypes);
      if (near && head) hashes[count++] = combine(at(Template.HeadBand, offset), headBand);
      // `Universitas` two words before: the token may be inside an organisation's name.
      if (cue) hashes[count++] = combine(at(Template.NameCue, offset), cue);
    }
    ends[offset + WINDOW] = count;
  }
  return { lower: hLower, lowerText: lower, shortShape: hShort, capitalized: capital === 1, cased: firstLower !== first.toUpperCase() };
}

/**
 * The copy of a feature that only fires in one training domain ("frustratingly easy" domain
 * adaptation, Daumé 2007): the general feature learns what the domains share, the copy what is
 * particular to its domain.
 */
export function domainCopy(hash: number, domain: number): number {
  return combine(Template.Domain, domain, hash);
}

/** What stands beyond the edges of a sentence. */
export const SENTENCE_START_WORD = "<s>";
export const SENTENCE_END_WORD = "</s>";
export const SENTENCE_START = wordFeatures(SENTENCE_START_WORD, 0);
export const SENTENCE_END = wordFeatures(SENTENCE_END_WORD, 0);

/** How far case is evidence in a sentence: ordinary, a headline, or text without capitals. */
export const enum SentenceCase {
  Ordinary = 0,
  /** Nearly every word capitalized: case says little. */
  Headline = 1,
  /** No capital letter at all (lower-cased corpora, chat, comments): case says nothing. */
  Lowercase = 2,
}

export function sentenceCase(words: readonly ContextWord[], length = words.length): SentenceCase {
  let letters = 0;
  let capitalized = 0;
  for (let i = 0; i < length; i++) {
    const word = words[i] as ContextWord;
    if (!word.cased) continue;
    letters++;
    if (word.capitalized) capitalized++;
  }
  if (letters >= 3 && capitalized >= 0.8 * letters) return SentenceCase.Headline;
  if (letters >= 3 && capitalized === 0) return SentenceCase.Lowercase;
  return SentenceCase.Ordinary;
}

/** The most context features one token can have: the size of the buffer they are written to. */
export const CONTEXT_FEATURE_LIMIT = 8;

/** The window positions of a word's share features, in the order training adds them. */
export const SHARE_OFFSETS = [0, -1, 1] as const;

/**
 * The feature of a word's code in the name shares (`NameShares`: how often the training text
 * had the word inside a name, and of which type) at window position `offset`: −1 where the word
 * is the token's left neighbour, 0 the token itself, 1 its right neighbour. Apart from
 * `contextFeatures` because at tagging time a word's code is the same in every sentence, so
 * the tagger adds these to the word type's cached scores; in training, a sentence's codes
 * depend on its part of the text (jackknifing) and are added per token.
 */
export function shareFeature(code: number, offset: (typeof SHARE_OFFSETS)[number], capitalized: boolean): number {
  if (offset === 0) return combine(Template.NameShare, code, capitalized ? 1 : 0);
  return combine(offset < 0 ? Template.NameShareLeft : Template.NameShareRight, code);
}

/** Which of the token and its neighbours are capitalized, as a number below `CAPITAL_PATTERNS`. */
export function capitalPattern(words: readonly ContextWord[], length: number, i: number): number {
  const previous = i > 0 ? (words[i - 1] as ContextWord) : SENTENCE_START;
  const next = i + 1 < length ? (words[i + 1] as ContextWord) : SENTENCE_END;
  return (previous.capitalized ? 1 : 0) | (next.capitalized ? 2 : 0) | ((words[i] as ContextWord).capitalized ? 4 : 0);
}

export const CAPITAL_PATTERNS = 8;

/**
 * The feature of a capital pattern. Apart from `contextFeatures` because it takes only eight
 * values: the tagger looks their weights up once, not per token.
 */
export function capitalPatternFeature(pattern: number): number {
  return combine(Template.PreviousCapitalized, pattern);
}

/**
 * Writes the context features of token `i` but its capital pattern into `out` (from index 0)
 * and returns their count.
 * A buffer rather than a callback: the tagger calls this per token.
 * @param length the sentence's length; `words` may be a longer reused buffer
 * @param gazetteer per token: 0, or the label code of the gazetteer phrase covering it
 */
export function contextFeatures(
  words: readonly ContextWord[],
  length: number,
  i: number,
  casing: SentenceCase,
  gazetteer: ArrayLike<number>,
  out: Uint32Array,
): number {
  const self = words[i] as ContextWord;
  const previous = i > 0 ? (words[i - 1] as ContextWord) : SENTENCE_START;
  const next = i + 1 < length ? (words[i + 1] as ContextWord) : SENTENCE_END;
  let count = 0;
  if (i === 0) out[count++] = combine(Template.FirstShape, self.shortShape);
  if (casing !== SentenceCase.Ordinary) {
    out[count++] = combine(Template.CaseShape, casing, self.shortShape);
    out[count++] = combine(Template.CaseShape, casing, self.lower);
  }
  out[count++] = combine(Template.BigramLeft, previous.lower, self.lower);
  out[count++] = combine(Template.BigramRight, self.lower, next.lower);
  out[count++] = combine(Template.ShapeTrigram, combine(Template.ShapeTrigram, previous.shortShape, self.shortShape), next.shortShape);
  const phrase = gazetteer[i] ?? 0;
  if (phrase) {
    out[count++] = combine(Template.Gazetteer, phrase);
    out[count++] = combine(Template.GazetteerShape, phrase, self.shortShape);
  }
  return count;
}
