import { describe, expect, it } from "vitest";
import { agreeWithinDocument } from "../../src/entities/document.js";
import { labelIndex } from "../../src/entities/labels.js";

describe("agreeWithinDocument", () => {
  it("gives every mention of a name the type it got most often", () => {
    const words = [["Kohl", "sprach"], ["Kohl", "kam"], ["Dann", "Kohl"]];
    const labels = [Uint8Array.from(["B-PER", "O"], labelIndex), Uint8Array.from(["B-PER", "O"], labelIndex), Uint8Array.from(["O", "B-ORG"], labelIndex)];
    agreeWithinDocument(words, labels);
    expect(labels[2]).toEqual(Uint8Array.from(["O", "B-PER"], labelIndex));
  });

  it("tags an untagged capitalized mention of a name tagged elsewhere, and a surname after the full name", () => {
    const words = [["Helmut", "Kohl", "und", "die", "Deutsche", "Bank"], ["Die", "Deutsche", "Bank", "und", "Kohl"], ["die", "deutsche", "bank"]];
    const labels = [
      Uint8Array.from(["B-PER", "I-PER", "O", "O", "B-ORG", "I-ORG"], labelIndex),
      Uint8Array.from(["O", "O", "O", "O", "O"], labelIndex),
      Uint8Array.from(["O", "O", "O"], labelIndex),
    ];
    agreeWithinDocument(words, labels);
    expect(labels[1]).toEqual(Uint8Array.from(["O", "B-ORG", "I-ORG", "O", "B-PER"], labelIndex));
    // Lower case is not a mention of the name.
    expect(labels[2]).toEqual(Uint8Array.from(["O", "O", "O"], labelIndex));
  });

  it("leaves a name alone whose types tie", () => {
    const words = [["Paris", "a"], ["Paris", "b"], ["Paris", "c"]];
    const labels = [Uint8Array.from(["B-LOC", "O"], labelIndex), Uint8Array.from(["B-PER", "O"], labelIndex), Uint8Array.from(["O", "O"], labelIndex)];
    agreeWithinDocument(words, labels);
    expect(labels.map((sentence) => sentence[0])).toEqual([labelIndex("B-LOC"), labelIndex("B-PER"), 0]);
  });
});
