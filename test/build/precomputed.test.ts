import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { timexKeyWords } from "../../src/timexes/key-words.js";

const BUNDLE = new URL("../../dist/bundle/", import.meta.url);

/** The value that a function of the built bundle returns, read from its source (`npm test` builds first). */
function bundledReturn(name: string): unknown {
  const pattern = new RegExp(`function ${name}\\(\\) \\{\\s*return ([^;]*);\\s*\\}`);
  const found = readdirSync(BUNDLE)
    .map((file) => pattern.exec(readFileSync(new URL(file, BUNDLE), "utf8"))?.[1])
    .filter((literal) => literal !== undefined);
  expect(found).toHaveLength(1);
  return new Function(`return ${found[0]}`)();
}

describe("data the bundle carries as npm run build computed it", () => {
  it("holds the timex key words that the packs give now", () => {
    const words = timexKeyWords();
    expect(words).toContain("januari");
    expect(bundledReturn("timexKeyWords")).toEqual(words);
  });
});
