import { describe, expect, it } from "vitest";
import { extract } from "../../src/pipeline/extract.js";
import { PACKS } from "../../src/packs/registry.js";
import { corpus as dutch } from "../../src/packs/nl/timex/corpus.js";
import { corpus as german } from "../../src/packs/de/timex/corpus.js";
import { corpus as english } from "../../src/packs/en/timex/corpus.js";
import { corpus as indonesian } from "../../src/packs/id/timex/corpus.js";

const CORPORA = { nl: dutch, de: german, en: english, id: indonesian };

describe.each(PACKS.map((pack) => [pack.code, CORPORA[pack.code]] as const))("the %s timex corpus", (lang, corpus) => {
  it("has at least 150 examples", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
  });

  it.each(corpus.map((example) => [example.text, example.span, example] as const))("%s → %s", (_text, _span, example) => {
    const record = extract(example.text, { lang, referenceDate: example.referenceDate ?? undefined });
    const found = record.timexes.map((timex) => `${timex.text} = ${timex.value}`);
    if (example.span === "") expect(found).toEqual([]);
    else expect(found).toContain(`${example.span} = ${example.value}`);
  });
});
