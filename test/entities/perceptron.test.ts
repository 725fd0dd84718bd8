import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { Gazetteer } from "../../src/entities/gazetteer.js";
import { labelIndex } from "../../src/entities/labels.js";
import { parseModel, serializeModel } from "../../src/entities/model.js";
import { averageWeights, foldDomain, trainPerceptron } from "../../src/entities/perceptron.js";
import type { LabelledSentence } from "../../src/entities/perceptron.js";
import type { TrainedWeights } from "../../src/entities/model.js";
import { Tagger } from "../../src/entities/tagger.js";

const sentence = (text: string, tags: string): LabelledSentence => ({
  words: text.split(" "),
  labels: Uint8Array.from(tags.split(" "), labelIndex),
});

const training = [
  sentence("Anna Smit woont in Utrecht .", "B-PER I-PER O O B-LOC O"),
  sentence("Piet Jansen werkt bij Philips .", "B-PER I-PER O O B-ORG O"),
  sentence("In Utrecht werkt Anna .", "O B-LOC O B-PER O"),
  sentence("Philips ligt in Eindhoven .", "B-ORG O O B-LOC O"),
  sentence("Karel de Vries woont in Eindhoven .", "B-PER I-PER I-PER O O B-LOC O"),
];
const gazetteer = Gazetteer.fromLists({ LOC: ["Utrecht", "Eindhoven"] });
const options = { epochs: 8, minCount: 1, seed: 7 };
const card = { language: "nl", trainedOn: ["toy"], labels: [] };

describe("perceptron training", () => {
  it("learns the training sentences and survives the shipped format", () => {
    const tagger = new Tagger(parseModel(serializeModel(card, trainPerceptron(training, gazetteer, options))), gazetteer);
    for (const { words, labels } of training) expect([...tagger.tag(words)]).toEqual([...labels]);
  });

  it("reads a model file wherever its bytes start, and refuses the older gzipped format", () => {
    const file = serializeModel(card, trainPerceptron(training, gazetteer, options));
    // Typed arrays need aligned offsets: a file at an odd offset of a larger buffer must still load.
    const shifted = Buffer.alloc(file.length + 1);
    file.copy(shifted, 1);
    const tagger = new Tagger(parseModel(shifted.subarray(1)), gazetteer);
    for (const { words, labels } of training) expect([...tagger.tag(words)]).toEqual([...labels]);
    expect(() => parseModel(gzipSync(file))).toThrow(/convert:models/);
    expect(() => parseModel(file.subarray(0, file.length - 1))).toThrow(/wrong length/);
  });

  it("is reproducible: the same data and seed give the same model file", () => {
    const first = serializeModel(card, trainPerceptron(training, gazetteer, options));
    const second = serializeModel(card, trainPerceptron(training, gazetteer, options));
    expect(first.equals(second)).toBe(true);
  });

  it("tags a short sentence after a long one as a fresh tagger does", () => {
    const model = parseModel(serializeModel(card, trainPerceptron(training, gazetteer, options)));
    const reused = new Tagger(model, gazetteer);
    reused.tag(training.flatMap(({ words }) => words));
    for (const { words } of training) expect([...reused.tag(words)]).toEqual([...new Tagger(model, gazetteer).tag(words)]);
  });

  it("learns what differs between training domains apart, and ships the conventions of the chosen one", () => {
    // In domain 1 a party's name is an organisation, in domain 2 it is left untagged.
    const inDomain = (domain: number, tags: string): LabelledSentence => ({ ...sentence("De VVD stemt tegen .", tags), domain });
    const domains = [...training, ...[1, 2, 1, 2, 1, 2].map((domain) => inDomain(domain, domain === 1 ? "O B-ORG O O O" : "O O O O O"))];
    const trained = trainPerceptron(domains, gazetteer, options);
    const modelFor = (domain: number) => parseModel(serializeModel(card, foldDomain(trained, domain, 2)));
    const taggerFor = (domain: number): Tagger => new Tagger(modelFor(domain), gazetteer);
    const words = "De VVD stemt tegen .".split(" ");
    expect([...taggerFor(1).tag(words)]).toEqual([0, labelIndex("B-ORG"), 0, 0, 0]);
    expect([...taggerFor(2).tag(words)]).toEqual([0, 0, 0, 0, 0]);
    expect(modelFor(2).featureCount).toBeLessThan(trained.keys.length);
  });

  it("averages perceptrons trained with different shuffle seeds row by row", () => {
    const [first, second] = [7, 8].map((seed) => trainPerceptron(training, gazetteer, { ...options, seed })) as [TrainedWeights, TrainedWeights];
    expect(first.weights).not.toEqual(second.weights);
    const mean = averageWeights([first, second]);
    expect(mean.keys).toEqual(first.keys);
    mean.weights.forEach((weight, k) => expect(weight).toBeCloseTo(((first.weights[k] as number) + (second.weights[k] as number)) / 2, 5));
    mean.transitions.forEach((weight, k) => expect(weight).toBeCloseTo(((first.transitions[k] as number) + (second.transitions[k] as number)) / 2, 5));
    const tagger = new Tagger(parseModel(serializeModel(card, mean)), gazetteer);
    for (const { words, labels } of training) expect([...tagger.tag(words)]).toEqual([...labels]);
    expect(() => averageWeights([first, { ...second, keys: second.keys.subarray(1) }])).toThrow(/different feature rows/);
  });
});
