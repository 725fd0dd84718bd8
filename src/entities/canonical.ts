/**
 * Canonical names. Every name is normalized the same way in every document and language:
 * legal forms and generic company words are dropped (`Xiaomi Corporation`, `Xiaomi Group` →
 * `Xiaomi`; `Leica Camera AG`, `Leica Camera` → `Leica`) and country names in any of the four
 * languages become their English name. Within a document, mentions of one entity are grouped
 * and share the normalized name of the group's longest form: company names that normalize
 * alike, a person's first or last name (`Harsch` → `Matthias Harsch`), an alias in parentheses
 * (`Lee John (Lei Jun)`), a German genitive (`Leicas`), the same name in other case.
 */
import type { EntityType } from "../schema/record.js";

export interface Mention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
}

/** Trailing words that name the legal form or the kind of company rather than the company. */
const COMPANY_WORDS = new Set(
  [
    "ag", "gmbh", "se", "kg", "kgaa", "nv", "n.v.", "bv", "b.v.", "sa", "s.a.", "inc", "inc.", "incorporated", "ltd", "ltd.",
    "limited", "llc", "plc", "corp", "corp.", "corporation", "co", "co.", "company", "tbk", "tbk.", "&", "group", "groep",
    "gruppe", "grup", "holding", "holdings", "camera", "cameras", "technologies", "technology", "electronics",
  ].map((word) => word.toLowerCase()),
);
/** How far after an alias its closing parenthesis may stand. */
const ALIAS_REACH = 8;
/** Leading words of the same kind (`PT Telkom Indonesia`). */
const COMPANY_PREFIXES = new Set(["pt", "pt."]);

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** The name without a trailing possessive `'s` (checked by hand: a regular expression ending in `$` tries every position). */
export function withoutPossessive(text: string): string {
  const n = text.length;
  if (n < 2 || text[n - 1] !== "s" || (text[n - 2] !== "'" && text[n - 2] !== "’")) return text;
  return text.slice(0, n - 2).trimEnd();
}

/** The document-independent form of a name. */
export function normalizeName(text: string, type: EntityType, countries: ReadonlyMap<string, string>): string {
  let parts = words(withoutPossessive(text));
  if (type === "LOC") {
    const country = countries.get(parts.join(" ").toLowerCase());
    if (country) return country;
  }
  if (type === "ORG") {
    while (parts.length > 1 && COMPANY_WORDS.has((parts[parts.length - 1] as string).toLowerCase().replace(/,$/, ""))) parts = parts.slice(0, -1);
    while (parts.length > 1 && COMPANY_PREFIXES.has((parts[0] as string).toLowerCase())) parts = parts.slice(1);
    parts[parts.length - 1] = (parts[parts.length - 1] as string).replace(/,$/, "");
  }
  return parts.join(" ");
}

/** Whether `short` is a person's first or last name and `long` the full name. */
function partOfPersonName(short: string[], long: string[], type: EntityType): boolean {
  return type === "PER" && short.length === 1 && long.length > 1 && (short[0] === long[0] || short[0] === long[long.length - 1]);
}

/**
 * The canonical name of each mention, in order.
 * @param countries lower-case country names in the four languages → English name
 */
export function canonicalNames(mentions: readonly Mention[], text: string, countries: ReadonlyMap<string, string>): string[] {
  // The arrays that the passes below index are filled by `push` rather than made by `map`: `map`
  // made arrays of one elements kind before it was optimized and of another after, and every
  // kind this function met threw its optimized code away (it was compiled five times a run).
  const parent: number[] = [];
  const keys: string[][] = [];
  const keyTexts: string[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k] as Mention;
    parent.push(k);
    const key = words((m.type === "ORG" ? normalizeName(m.text, m.type, countries) : withoutPossessive(m.text)).toLowerCase());
    keys.push(key);
    // Each key as one string, joined once: the passes below ask for it many times.
    keyTexts.push(key.join(" "));
  }
  const find = (k: number): number => {
    while (parent[k] !== k) k = parent[k] = parent[parent[k] as number] as number;
    return k;
  };
  const join = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const firstWithKey = new Map<string, number>();
  mentions.forEach((m, k) => {
    const key = `${m.type} ${keyTexts[k] as string}`;
    const earlier = firstWithKey.get(key);
    if (earlier === undefined) firstWithKey.set(key, k);
    else join(earlier, k);
  });
  // A genitive `s` on a name found elsewhere in the document (`Leicas`).
  mentions.forEach((m, k) => {
    const key = keyTexts[k] as string;
    if (key.length > 3 && key.endsWith("s")) {
      const stem = firstWithKey.get(`${m.type} ${key.slice(0, -1)}`);
      if (stem !== undefined) join(stem, k);
    }
  });
  // A first or last name joins the one full name it belongs to; an ambiguous one stays alone.
  // Full names are indexed by their first and last word, so this stays linear in the mentions.
  const fullNamesByPart = new Map<string, number[]>();
  mentions.forEach((m, j) => {
    const key = keys[j] as string[];
    if (m.type !== "PER" || key.length < 2) return;
    for (const part of new Set([key[0], key[key.length - 1]])) {
      const list = fullNamesByPart.get(part as string) ?? [];
      list.push(j);
      fullNamesByPart.set(part as string, list);
    }
  });
  mentions.forEach((m, k) => {
    const key = keys[k] as string[];
    if (m.type !== "PER" || key.length !== 1) return;
    const candidates = (fullNamesByPart.get(key[0] as string) ?? []).filter((j) => partOfPersonName(key, keys[j] as string[], m.type));
    const roots = new Set(candidates.map((j) => find(j)));
    if (roots.size === 1) join(candidates[candidates.length - 1] as number, k);
  });
  // `Name (Alias)`: the alias joins the name.
  mentions.forEach((m, k) => {
    const next = mentions[k + 1];
    if (next && next.type === m.type && /^\s*\(\s*$/u.test(text.slice(m.end, next.start)) && /^\s*\)/u.test(text.slice(next.end, next.end + ALIAS_REACH))) join(k, k + 1);
  });

  const groups = new Map<number, number[]>();
  mentions.forEach((_, k) => {
    const root = find(k);
    const members = groups.get(root);
    if (members) members.push(k);
    else groups.set(root, [k]);
  });
  const canonical = new Array<string>(mentions.length);
  for (const members of groups.values()) {
    const frequency = new Map<string, number>();
    if (members.length > 1) for (const k of members) frequency.set(keyTexts[k] as string, (frequency.get(keyTexts[k] as string) ?? 0) + 1);
    // Each member ranked once rather than at every comparison; a lone mention needs none.
    const rank = (k: number): number[] => {
      const m = mentions[k] as Mention;
      return [words(m.text).length, frequency.get(keyTexts[k] as string) ?? 0, m.text === m.text.toLowerCase() ? 0 : 1, -k];
    };
    const ranks = members.length > 1 ? members.map(rank) : [];
    let bestAt = 0;
    for (let j = 1; j < members.length; j++) {
      const ra = ranks[bestAt] as number[];
      const rb = ranks[j] as number[];
      for (let i = 0; i < ra.length; i++) {
        if (ra[i] === rb[i]) continue;
        if ((rb[i] as number) > (ra[i] as number)) bestAt = j;
        break;
      }
    }
    const best = members[bestAt] as number;
    const name = normalizeName((mentions[best] as Mention).text, (mentions[best] as Mention).type, countries);
    for (const k of members) canonical[k] = name;
  }
  return canonical;
}
