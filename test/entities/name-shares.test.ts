import { describe, expect, it } from "vitest";
import { labelIndex } from "../../src/entities/labels.js";
import { NameShares, SHARE_PARTS, jackknifedShares, shareCode, sharePart } from "../../src/entities/name-shares.js";
import { Gazetteer } from "../../src/entities/gazetteer.js";
import { parseModel, serializeModel } from "../../src/entities/model.js";
import { trainPerceptron, type LabelledSentence } from "../../src/entities/perceptron.js";
import { Tagger } from "../../src/entities/tagger.js";

const gazetteer = Gazetteer.fromLists({});
const card = { language: "de", trainedOn: ["made up"], labels: [] };

const sentence = (text: string, tags: string, part?: number): LabelledSentence => ({
  words: text.split(" "),
  labels: Uint8Array.from(tags.split(" "), labelIndex),
  ...(part ? { part } : {}),
});

describe("name shares", () => {
  it("codes a word by the share of its occurrences inside a name and their most frequent type", () => {
    expect(shareCode(5, [0, 0, 0, 0])).toBe(1);
    // Always a person: the top bucket.
    expect(shareCode(2, [2, 0, 0, 0])).toBe(2 + 4 * 2 + 0);
    // An organisation in one occurrence of three.
    expect(shareCode(3, [0, 1, 0, 0])).toBe(2 + 4 * 1 + 1);
    expect(shareCode(10, [0, 0, 1, 0])).toBe(2 + 4 * 0 + 2);
    // Every code fits the file's one hexadecimal digit.
    expect(shareCode(1, [0, 0, 0, 1])).toBeLessThan(16);
  });

  it("counts only the sentences of a part, and leaves out the part asked to", () => {
    const sentences = [
      sentence("Merkel besucht Bonn", "B-PER O B-LOC", 1),
      sentence("Merkel spricht", "B-PER O", 2),
      sentence("Paris ist groß", "B-LOC O O"),
    ];
    const all = NameShares.count(sentences);
    expect(all.of("merkel")).toBe(shareCode(2, [2, 0, 0, 0]));
    expect(all.of("besucht")).toBe(1);
    // Unknown, and a sentence without a part is not counted.
    expect(all.of("xiaomi")).toBe(0);
    expect(all.of("paris")).toBe(0);
    const withoutFirst = NameShares.count(sentences, 1);
    expect(withoutFirst.of("bonn")).toBe(0);
    expect(withoutFirst.of("merkel")).toBe(shareCode(1, [1, 0, 0, 0]));
    expect(NameShares.parse(all.serialize()).of("bonn")).toBe(all.of("bonn"));
  });

  it("jackknifes: each part sees the shares of the others, and a repeated sentence counts once", () => {
    const named = sentence("Bonn", "B-LOC", 1);
    const plain = (part: number): LabelledSentence => sentence("Bonn", "O", part);
    const repeated = plain(2);
    const { all, withoutPart } = jackknifedShares([named, repeated, repeated, plain(3), plain(4)]);
    // One of four occurrences: a share of a quarter, not the fifth that counting the repeat twice gives.
    expect(all.of("bonn")).toBe(shareCode(4, [0, 0, 1, 0]));
    expect(shareCode(4, [0, 0, 1, 0])).not.toBe(shareCode(5, [0, 0, 1, 0]));
    expect(withoutPart).toHaveLength(SHARE_PARTS);
    expect(withoutPart[0]?.of("bonn")).toBe(1);
    expect(withoutPart[1]?.of("bonn")).toBe(shareCode(3, [0, 0, 1, 0]));
  });

  it("cuts a file into runs of neighbouring sentences", () => {
    const parts = Array.from({ length: 25 }, (_, index) => sharePart(index, 25));
    expect(parts[0]).toBe(1);
    expect(parts.at(-1)).toBe(SHARE_PARTS);
    expect(parts).toEqual([...parts].sort((a, b) => a - b));
  });
});

describe("name shares in the tagger", () => {
  // Words made up for each sentence, all of one shape: nothing about them carries over from
  // training to tagging but their name shares, so the tagger finds the names only if it adds
  // each word's share features at the window positions training saw them at.
  let state = 1;
  const madeUp = (): string => {
    let word = "";
    for (let i = 0; i < 7; i++) {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      word += String.fromCharCode(97 + ((state >>> 16) % 26));
    }
    return `Q${word}`;
  };
  const sentences = (count: number, part?: number): LabelledSentence[] =>
    Array.from({ length: count }, (_, k) => {
      const words = [madeUp(), madeUp(), madeUp(), madeUp()];
      const name = k % 4;
      return { words, labels: Uint8Array.from(words, (_, i) => labelIndex(i === name ? "B-PER" : "O")), ...(part ? { part } : {}) };
    });

  it("tags new words by the shares the training text gave them", () => {
    const training = sentences(160, 1);
    // The shares come from other text that has the same words, tagged alike.
    const counted = NameShares.count(training.map((sentence) => ({ ...sentence, part: 2 })));
    const model = parseModel(serializeModel(card, trainPerceptron(training, gazetteer, { epochs: 6, minCount: 2, seed: 3, shares: { all: counted, withoutPart: Array(SHARE_PARTS).fill(counted) } })));
    const unseen = sentences(40, 1);
    const tagger = new Tagger(model, gazetteer, undefined, NameShares.count(unseen));
    for (const { words, labels } of unseen) expect([...tagger.tag(words)]).toEqual([...labels]);
    // Without the shares nothing tells the names apart.
    const blind = new Tagger(model, gazetteer);
    expect(unseen.every(({ words, labels }) => [...blind.tag(words)].join() === [...labels].join())).toBe(false);
  });
});
