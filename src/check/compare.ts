/**
 * What changed between an expected record and a fresh one, in the terms a reviewer thinks in:
 * which timex, entity or claim appeared, vanished or changed value. `source` is not compared,
 * so the same fixture checks the same way from any working directory.
 */
import type { DocumentRecord } from "../schema/record.js";

export type Change =
  | { kind: "added" | "removed"; item: string; description: string }
  | { kind: "changed"; item: string; description: string; from: string; to: string };

type Keyed = { start: number; end: number };

interface ListSpec<T extends Keyed> {
  item: string;
  key: (value: T) => string;
  describe: (value: T) => string;
  fields: (value: T) => Record<string, unknown>;
}

const TIMEXES: ListSpec<DocumentRecord["timexes"][number]> = {
  item: "timex",
  key: (t) => `${t.start}:${t.end}`,
  describe: (t) => `${JSON.stringify(t.text)} [${t.start},${t.end}) ${t.type} ${t.value}`,
  fields: ({ type, value }) => ({ type, value }),
};

const ENTITIES: ListSpec<DocumentRecord["entities"][number]> = {
  item: "entity",
  key: (e) => `${e.start}:${e.end}`,
  describe: (e) => `${JSON.stringify(e.text)} [${e.start},${e.end}) ${e.type} → ${e.canonical}`,
  fields: ({ type, canonical }) => ({ type, canonical }),
};

const CLAIMS: ListSpec<DocumentRecord["claims"][number]> = {
  item: "claim",
  key: (c) => `${c.start}:${c.end}:${c.timex.start}`,
  describe: (c) =>
    `${c.date} [${c.start},${c.end}) ${c.modality}${c.subject ? ` subject ${c.subject}` : ""}${c.attribution ? ` says ${c.attribution}` : ""}: ${JSON.stringify(clip(c.text, 90))}`,
  fields: ({ date, subject, entities, attribution, modality }) => ({ date, subject, entities, attribution, modality }),
};

export function compareRecords(expected: DocumentRecord, actual: DocumentRecord): Change[] {
  return [
    ...compareScalars(expected, actual),
    ...compareList(TIMEXES, expected.timexes, actual.timexes),
    ...compareList(ENTITIES, expected.entities, actual.entities),
    ...compareList(CLAIMS, expected.claims, actual.claims),
  ];
}

function compareScalars(expected: DocumentRecord, actual: DocumentRecord): Change[] {
  const fields: [string, (r: DocumentRecord) => unknown][] = [
    ["encoding", (r) => r.encoding],
    ["language", (r) => r.language.code],
    ["language segments", (r) => r.language.segments.map((s) => `${s.code}[${s.start},${s.end})`).join(" ")],
    ["reference date", (r) => `${r.referenceDate.value ?? "none"} (${r.referenceDate.source})`],
    ["warnings", (r) => r.warnings.map((w) => w.code).join(", ")],
    ["error", (r) => (r.error ? r.error.code : "none")],
  ];
  const changes: Change[] = [];
  for (const [item, read] of fields) {
    const from = String(read(expected));
    const to = String(read(actual));
    if (from !== to) changes.push({ kind: "changed", item, description: "", from, to });
  }
  return changes;
}

function compareList<T extends Keyed>(spec: ListSpec<T>, expected: readonly T[], actual: readonly T[]): Change[] {
  const before = new Map(expected.map((value) => [spec.key(value), value]));
  const after = new Map(actual.map((value) => [spec.key(value), value]));
  const changes: Change[] = [];
  for (const [key, value] of before) {
    const now = after.get(key);
    if (!now) {
      changes.push({ kind: "removed", item: spec.item, description: spec.describe(value) });
      continue;
    }
    const old = spec.fields(value);
    const fresh = spec.fields(now);
    for (const field of Object.keys(old)) {
      const from = JSON.stringify(old[field]);
      const to = JSON.stringify(fresh[field]);
      if (from !== to) changes.push({ kind: "changed", item: `${spec.item} ${field}`, description: spec.describe(value), from, to });
    }
  }
  for (const [key, value] of after) {
    if (!before.has(key)) changes.push({ kind: "added", item: spec.item, description: spec.describe(value) });
  }
  return changes;
}

function clip(text: string, length: number): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length <= length ? flat : `${flat.slice(0, length - 1)}…`;
}
