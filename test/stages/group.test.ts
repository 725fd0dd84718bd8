import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { groupClaims } from "../../src/group/cluster.js";
import { compatibleDates, dayRange } from "../../src/group/dates.js";
import type { Claim, DocumentRecord, LanguageCode, UndatedClaim } from "../../src/index.js";

function doc(source: string, code: LanguageCode, claims: [date: string, entities: string[], text: string][]): DocumentRecord {
  let offset = 0;
  const built: Claim[] = claims.map(([date, entities, text]) => {
    const start = offset;
    offset += text.length + 1;
    return { start, end: start + text.length, text, date, timex: { start, end: start + 1 }, subject: entities[0] ?? null, entities, attribution: null, modality: "asserted" };
  });
  return {
    source, encoding: "utf-8", language: { code, confidence: 1, segments: [{ start: 0, end: offset, code }] },
    referenceDate: { value: null, source: "none" }, timexes: [], claims: built, undatedClaims: [], warnings: [], error: null,
    entities: built.flatMap((claim) => claim.entities.map((name) => ({ start: claim.start, end: claim.start + 1, text: claim.text[0]!, type: "ORG" as const, canonical: name }))),
  };
}

const CORPUS = [
  doc("a.txt", "nl", [["2022-07", ["Xiaomi", "Leica"], "Xiaomi brengt in juli de eerste smartphone met Leica uit."], ["2022-03", ["Huawei", "Leica"], "Huawei en Leica beëindigden hun samenwerking in maart 2022."]]),
  doc("b.txt", "de", [["2022-07", ["Xiaomi", "Leica"], "Im Juli 2022 soll das erste Smartphone von Xiaomi und Leica erscheinen."], ["2022-03", ["Leica", "Huawei"], "Seit Ende März 2022 arbeiten Leica und Huawei nicht mehr zusammen."]]),
  doc("c.txt", "en", [["2022-03-31", ["Huawei", "Leica"], "The cooperation of Huawei with Leica has ended on March 31."], ["2022-07-04", ["Xiaomi", "Leica"], "Xiaomi and Leica will launch the first phone on 4 July 2022."], ["2016", ["Huawei", "Leica"], "It was 2016 when Huawei announced its cooperation with Leica."]]),
  doc("d.txt", "id", [["2022-SU", ["Xiaomi", "Leica"], "Ponsel flagship Xiaomi dengan Leica akan dirilis musim panas ini."], ["2010", ["Xiaomi"], "Xiaomi didirikan pada tahun 2010."]]),
];

describe("grouping claims across documents", () => {
  const groups = groupClaims(CORPUS);
  const byDate = (date: string) => groups.find((g) => g.date === date);

  it("joins the launch reported in four languages, with a day inside the month and a month inside the summer", () => {
    expect(byDate("2022-07-04")).toMatchObject({ sources: 4, languages: ["de", "en", "id", "nl"], entities: ["Leica", "Xiaomi"] });
  });

  it("joins the end of the Huawei cooperation and keeps it apart from the launch and from 2016", () => {
    expect(byDate("2022-03-31")?.claims.map((c) => c.source)).toEqual(["a.txt", "b.txt", "c.txt"]);
    expect(byDate("2016")?.sources).toBe(1);
    expect(byDate("2010")?.sources).toBe(1);
  });

  it("puts every claim in exactly one group and numbers groups by corroboration", () => {
    const all = groups.flatMap((g) => g.claims.map((c) => `${c.source}#${c.index}`));
    expect(new Set(all).size).toBe(CORPUS.reduce((n, d) => n + d.claims.length, 0));
    expect(all).toHaveLength(new Set(all).size);
    expect(groups.map((g) => g.id)).toEqual(groups.map((_, i) => `g${i + 1}`));
    expect(groups[0]!.sources).toBeGreaterThanOrEqual(groups[groups.length - 1]!.sources);
  });

  it("lets a claim that names nobody stand on its document's main actors, but only for the same kind of event or date", () => {
    const corpus = [
      ...CORPUS,
      doc("e.txt", "nl", [["2022-07", [], "Beide partijen werken samen aan een smartphone die in juli 2022 moet verschijnen."]]),
      doc("f.txt", "en", [["2021-12", [], "This phone was released in December of last year."]]),
    ];
    corpus[4]!.entities.push(...["Xiaomi", "Xiaomi", "Leica", "Leica"].map((name) => ({ start: 0, end: 1, text: "B", type: "ORG" as const, canonical: name })));
    corpus[5]!.entities.push(...["Leica", "Leica"].map((name) => ({ start: 0, end: 1, text: "T", type: "ORG" as const, canonical: name })));
    const grouped = groupClaims(corpus);
    expect(grouped.find((g) => g.date === "2022-07-04")?.claims.map((c) => c.source)).toContain("e.txt");
    expect(grouped.find((g) => g.claims.some((c) => c.source === "f.txt"))?.sources).toBe(1);
  });

  describe("undated claims", () => {
    const undatedDoc = (source: string, code: LanguageCode, referenceDate: string | null, claims: [UndatedClaim["events"], string[], UndatedClaim["modality"], string][]) => {
      const record = doc(source, code, []);
      record.referenceDate = { value: referenceDate, source: referenceDate ? "metadata" : "none" };
      record.undatedClaims = claims.map(([events, entities, modality, text]) => ({ start: 0, end: text.length, text, events, subject: entities[0] ?? null, entities, attribution: null, modality }));
      record.language.segments = [{ start: 0, end: 1000, code }];
      return record;
    };
    const withUndated = [
      ...CORPUS,
      undatedDoc("u1.txt", "de", null, [[["launch"], ["Leica", "Xiaomi"], "asserted", "Xiaomi und Leica bringen ein Smartphone auf den Markt."]]),
      undatedDoc("u2.txt", "id", "2022-05-23", [[["end"], ["Huawei", "Leica", "Xiaomi"], "asserted", "Kerjasama Huawei Leica telah selesai."]]),
    ];
    const grouped = groupClaims(withUndated);
    const carrying = (source: string) => grouped.filter((g) => g.undatedClaims.some((ref) => ref.source === source));

    it("join the dated event of the same kind with the same actors, and count as its sources and languages", () => {
      expect(carrying("u1.txt").map((g) => g.date)).toEqual(["2022-07-04"]);
      expect(carrying("u2.txt").map((g) => g.date)).toEqual(["2022-03-31"]);
      expect(grouped.find((g) => g.date === "2022-03-31")).toMatchObject({ sources: 4, languages: ["de", "en", "id", "nl"] });
    });

    it("leave the dated claims' groups as they were", () => {
      expect(grouped.map(({ undatedClaims: _, sources: __, languages: ___, ...rest }) => rest)).toEqual(groups.map(({ undatedClaims: _, sources: __, languages: ___, ...rest }) => rest));
    });

    it("join nothing when the tense rules the event out: a past report of an event after its article", () => {
      const early = undatedDoc("u3.txt", "en", "2022-01-10", [[["end"], ["Huawei", "Leica"], "asserted", "Huawei and Leica ended their cooperation."]]);
      expect(groupClaims([...CORPUS, early]).filter((g) => g.undatedClaims.length)).toEqual([]);
      const plan = undatedDoc("u4.txt", "en", "2022-01-10", [[["launch"], ["Xiaomi", "Leica"], "planned", "Xiaomi and Leica will launch a phone."]]);
      expect(groupClaims([...CORPUS, plan]).find((g) => g.undatedClaims.length)?.date).toBe("2022-07-04");
    });

    it("join nothing without a shared kind of event or with other actors", () => {
      const other = undatedDoc("u5.txt", "en", null, [
        [["found"], ["Xiaomi", "Leica"], "asserted", "Xiaomi and Leica founded a lab."],
        [["end"], ["Sharp", "Leica"], "asserted", "Sharp and Leica ended their cooperation."],
      ]);
      expect(groupClaims([...CORPUS, other]).filter((g) => g.undatedClaims.length)).toEqual([]);
    });

    it("add nothing when the document already dates the event they restate", () => {
      const restating = doc("r.txt", "en", [["2022-03-31", ["Huawei", "Leica"], "Huawei and Leica ended their cooperation on March 31."]]);
      restating.undatedClaims = [{ start: 0, end: 10, text: "The end of Huawei and Leica stopped.", events: ["end"], subject: "Huawei", entities: ["Huawei", "Leica"], attribution: null, modality: "asserted" }];
      expect(groupClaims([...CORPUS, restating]).flatMap((g) => g.undatedClaims)).toEqual([]);
    });
  });

  it("gives the same groups whatever order the documents come in (sharded runs)", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(CORPUS, { minLength: CORPUS.length, maxLength: CORPUS.length }), (shuffled) => {
        expect(groupClaims(shuffled)).toEqual(groups);
      }),
      { numRuns: 30 },
    );
  });
});

describe("the days a date stands for", () => {
  it.each([
    ["2022-05-23", "2022-05-23", "2022-05-23"],
    ["2022-05", "2022-05-01", "2022-05-31"],
    ["2022-W20", "2022-05-16", "2022-05-22"],
    ["2021-W01", "2021-01-04", "2021-01-10"],
    ["2022-SU", "2022-06-01", "2022-08-31"],
    ["2022-Q4", "2022-10-01", "2022-12-31"],
    ["2022", "2022-01-01", "2022-12-31"],
    ["199", "1990-01-01", "1999-12-31"],
  ])("%s: %s to %s", (value, first, last) => {
    expect(dayRange(value)).toEqual({ first, last });
  });

  it("none for values that are not calendar dates", () => {
    expect(dayRange("PRESENT_REF")).toBeNull();
  });
});

describe("compatible dates", () => {
  it.each([
    ["2022-07-04", "2022-07", true],
    ["2022-07", "2022-SU", true],
    ["2022-07-04", "2022-Q3", true],
    ["2022-03", "2022-H1", true],
    ["2022-05-23", "2022-05-24", false],
    ["2022-07", "2022", false],
    ["2022-07", "2021-SU", false],
    ["2022-01", "2022-SU", false],
  ])("%s ~ %s: %s", (a, b, expected) => {
    expect(compatibleDates(a, b)).toBe(expected);
    expect(compatibleDates(b, a)).toBe(expected);
  });
});
