/**
 * The timing corpus: news text in the four languages, the same every run (files and order are
 * fixed, nothing is sampled). Running text where the corpora have it (TempEval-3, MEANTIME,
 * IndoTimex); elsewhere the sentences of NER corpora joined back into their articles, which
 * is tokenised text (`stieg um 5 % .`) but news all the same. Plus the fixture articles.
 * Without the shared data folder only the fixtures remain, and the corpus says so.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readGoldFile } from "../eval/read-gold.js";
import { LANGUAGE_CODES, type LanguageCode } from "../schema/record.js";

export interface BenchDocument {
  id: string;
  lang: LanguageCode;
  text: string;
  /** The gold DCT where the corpus has one. */
  referenceDate?: string;
}

export interface BenchCorpus {
  documents: BenchDocument[];
  /** Where the documents came from, for the report. */
  sources: string[];
}

interface Source {
  lang: LanguageCode;
  path: string;
}

/**
 * Every text of the shared NER and timex corpora but Europarl's parliamentary speech, each
 * once: 7.7 MB of news (GermEval and NERGrit also hold Wikipedia sentences). A folder of real
 * articles does not repeat itself, and its vocabulary keeps growing, so the entity tagger keeps
 * meeting word types it has not scored yet; a few megabytes repeated until the corpus is large
 * enough timed mostly cached words (the bench's corpus was once 1.6 MB repeated 13 times, which
 * one worker ran twice as fast as this text).
 */
const SOURCES: Source[] = [
  { lang: "en", path: "tempeval3-en/train.jsonl" },
  { lang: "en", path: "tempeval3-en/test.jsonl" },
  { lang: "en", path: "meantime-en/test.jsonl" },
  { lang: "en", path: "conll2003-en/train.jsonl.gz" },
  { lang: "en", path: "conll2003-en/dev.jsonl" },
  { lang: "en", path: "conll2003-en/test.jsonl" },
  { lang: "de", path: "conll2003-de/dev.jsonl" },
  { lang: "de", path: "conll2003-de/test.jsonl" },
  { lang: "de", path: "germeval2014-de/dev.jsonl" },
  { lang: "de", path: "germeval2014-de/test.jsonl" },
  { lang: "nl", path: "conll2002-nl/train.jsonl.gz" },
  { lang: "nl", path: "conll2002-nl/dev.jsonl" },
  { lang: "nl", path: "conll2002-nl/test.jsonl" },
  { lang: "id", path: "indotimex-id/test.jsonl" },
  { lang: "id", path: "idner-news-2k-id/train.jsonl" },
  { lang: "id", path: "idner-news-2k-id/dev.jsonl" },
  { lang: "id", path: "idner-news-2k-id/test.jsonl" },
  { lang: "id", path: "nergrit-id/train.jsonl" },
  { lang: "id", path: "nergrit-id/dev.jsonl" },
  { lang: "id", path: "nergrit-id/test.jsonl" },
  { lang: "id", path: "nerp-id/train.jsonl" },
  { lang: "id", path: "nerp-id/dev.jsonl" },
  { lang: "id", path: "nerp-id/test.jsonl" },
];

const FIXTURE_SOURCES: Source[] = [
  { lang: "en", path: "eval/tempeval3-platinum.jsonl" },
  { lang: "en", path: "eval/meantime-en.jsonl" },
];

/** Sentences of a corpus without article ids are joined in runs of this many. */
const SENTENCES_PER_DOCUMENT = 20;

export function buildCorpus(dataDir: string | null, fixturesDir: string): BenchCorpus {
  const fixtures = fixtureArticles(join(fixturesDir, "articles"));
  const [folder, sources, label] =
    dataDir === null ? [fixturesDir, FIXTURE_SOURCES, "fixtures/"] : [dataDir, SOURCES, ""];
  return {
    documents: [...sources.flatMap((source) => documentsOf(source, join(folder, source.path))), ...fixtures],
    sources: [...sources.map((source) => label + source.path), "fixtures/articles"],
  };
}

function documentsOf(source: Source, file: string): BenchDocument[] {
  const gold = readGoldFile(file);
  if (gold.shape === "document") {
    return gold.items.flatMap((item) =>
      item.shape === "document"
        ? [{ id: item.id, lang: source.lang, text: item.gold.text, referenceDate: item.gold.dct?.slice(0, 10) }]
        : [],
    );
  }
  const articles = new Map<string, string[]>();
  gold.items.forEach((item, index) => {
    const article = item.id.match(/^(.*-d\d+)-s\d+$/)?.[1] ?? `${source.path}#${Math.floor(index / SENTENCES_PER_DOCUMENT)}`;
    const sentences = articles.get(article) ?? [];
    sentences.push(item.gold.text);
    articles.set(article, sentences);
  });
  return [...articles].map(([id, sentences]) => ({ id, lang: source.lang, text: sentences.join(" ") }));
}

/** `fixtures/articles/<lang>-….txt`: the file name starts with the article's main language. */
function fixtureArticles(folder: string): BenchDocument[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .flatMap((name) => {
      const lang = LANGUAGE_CODES.find((code) => name.startsWith(`${code}-`));
      return lang ? [{ id: `fixtures/articles/${name}`, lang, text: readFileSync(join(folder, name), "utf8") }] : [];
    });
}
