import { describe, expect, it } from "vitest";
import { markProducts } from "../../src/entities/products.js";
import { tokenize } from "../../src/entities/tokenize.js";
import type { TokenSpan } from "../../src/entities/labels.js";

function products(text: string, spans: TokenSpan[]): string[] {
  const tokens = tokenize(text);
  return markProducts(tokens, spans).map((s) => `${s.type} ${text.slice((tokens[s.start] as { start: number }).start, (tokens[s.end - 1] as { end: number }).end)}`);
}

describe("markProducts", () => {
  it("extends a brand over its model designation and makes it MISC", () => {
    expect(products("een Xiaomi 12 Ultra kopen", [{ start: 1, end: 2, type: "ORG" }, { start: 3, end: 4, type: "ORG" }])).toEqual(["MISC Xiaomi 12 Ultra"]);
    expect(products("de Huawei P30-serie", [{ start: 1, end: 3, type: "ORG" }])).toEqual(["MISC Huawei P30"]);
  });

  it("leaves companies without a model number, and people, alone", () => {
    expect(products("Xiaomi and Leica in 2022", [{ start: 0, end: 1, type: "ORG" }, { start: 2, end: 3, type: "ORG" }])).toEqual(["ORG Xiaomi", "ORG Leica"]);
    expect(products("Louis 14 said", [{ start: 0, end: 1, type: "PER" }])).toEqual(["PER Louis"]);
  });

  it("keeps a name followed by a score or a bare number: only more of a model designation makes a product", () => {
    expect(products("Japan 2 Syria 1", [{ start: 0, end: 1, type: "LOC" }, { start: 2, end: 3, type: "LOC" }])).toEqual(["LOC Japan", "LOC Syria"]);
    expect(products("Arsenal 3 Chelsea", [{ start: 0, end: 1, type: "ORG" }])).toEqual(["ORG Arsenal"]);
    expect(products("de Xiaomi 13-serie", [{ start: 1, end: 2, type: "ORG" }])).toEqual(["MISC Xiaomi 13"]);
    expect(products("the Snapdragon 8 Gen 1 chip", [{ start: 1, end: 2, type: "MISC" }])).toEqual(["MISC Snapdragon 8 Gen 1"]);
  });
});
