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
});
