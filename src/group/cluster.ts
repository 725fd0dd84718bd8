/**
 * Claims from many documents that report the same event: compatible dates, a shared named
 * participant, and no clash in what kind of event they describe (an announcement is not a
 * launch). Languages do not matter: names are canonical across languages and each claim's
 * event kind comes from its own language's pack. The result does not depend on the order
 * the documents arrive in, so sharded runs grouped afterwards give the same groups.
 */
import type { ClaimGroup, DocumentRecord, DetectedLanguageCode } from "../schema/record.js";
import type { EventKind } from "../packs/pack.js";
import { packOrDefault } from "../packs/registry.js";
import { compatibleDates, moreSpecific } from "./dates.js";

interface Member {
  source: string;
  index: number;
  language: DetectedLanguageCode;
  date: string;
  text: string;
  entities: ReadonlySet<string>;
  /** Whether the entities are the claim's own, not the document's main actors standing in. */
  namesActors: boolean;
  events: ReadonlySet<EventKind>;
}

interface Cluster {
  date: string;
  members: Member[];
  entities: Map<string, number>;
  events: Set<EventKind>;
}

export function groupClaims(documents: readonly DocumentRecord[]): ClaimGroup[] {
  const clusters: Cluster[] = [];
  for (const member of membersInCanonicalOrder(documents)) {
    const home = clusters.find((cluster) => belongs(member, cluster));
    if (home) {
      home.members.push(member);
      home.date = moreSpecific(home.date, member.date);
      for (const name of member.entities) home.entities.set(name, (home.entities.get(name) ?? 0) + 1);
      for (const event of member.events) home.events.add(event);
    } else {
      clusters.push({
        date: member.date,
        members: [member],
        entities: new Map([...member.entities].map((name) => [name, 1])),
        events: new Set(member.events),
      });
    }
  }
  return clusters
    .map(toGroup)
    .sort((a, b) => b.sources - a.sources || compare(a.date, b.date) || compare(a.summary, b.summary))
    .map((group, i) => ({ ...group, id: `g${i + 1}` }));
}

/** How many of a document's most named actors stand in for a claim that names none. */
const SALIENT_ACTORS = 2;

function membersInCanonicalOrder(documents: readonly DocumentRecord[]): Member[] {
  const members = documents.flatMap((document) => {
    const salient = salientActors(document);
    return document.claims.map((claim, index): Member => {
      const language = document.language.segments.find((s) => claim.start >= s.start && claim.start < s.end)?.code ?? document.language.code;
      const events = packOrDefault(language).claims.events;
      return {
        source: document.source,
        index,
        language,
        date: claim.date,
        text: claim.text,
        entities: new Set(hasActor(document, claim.entities) ? claim.entities : [...claim.entities, ...salient]),
        namesActors: hasActor(document, claim.entities),
        events: new Set((Object.keys(events) as EventKind[]).filter((kind) => events[kind].test(claim.text))),
      };
    });
  });
  // Most precise dates first, so a cluster is seeded by the claim that pins the event down.
  const precision = (date: string) => date.length;
  return members.sort((a, b) => precision(b.date) - precision(a.date) || compare(a.date, b.date) || compare(a.source, b.source) || a.index - b.index);
}

/**
 * The people and organisations a document names most: a claim such as "Beide partijen werken
 * samen aan een smartphone die in juli 2022 moet verschijnen" names nobody, but the article it
 * stands in is about them.
 */
function salientActors(document: DocumentRecord): string[] {
  const counts = new Map<string, number>();
  for (const entity of document.entities) {
    if (entity.type === "ORG" || entity.type === "PER") counts.set(entity.canonical, (counts.get(entity.canonical) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, count]) => count > 1)
    .sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))
    .slice(0, SALIENT_ACTORS)
    .map(([name]) => name);
}

function hasActor(document: DocumentRecord, names: readonly string[]): boolean {
  return document.entities.some((e) => (e.type === "ORG" || e.type === "PER") && names.includes(e.canonical));
}

function belongs(member: Member, cluster: Cluster): boolean {
  if (!cluster.members.every((other) => compatibleDates(other.date, member.date))) return false;
  if (![...member.entities].some((name) => cluster.entities.has(name))) return false;
  // A claim that names nobody joins on a shared kind of event, or on the very same date when it
  // names no kind of event either: standing-in actors and a merely compatible date (December
  // inside the fourth quarter) are too weak a link.
  if (!member.events.size || !cluster.events.size) {
    return member.namesActors || (!member.events.size && cluster.members.some((other) => other.date === member.date));
  }
  return [...member.events].some((event) => cluster.events.has(event));
}

function toGroup(cluster: Cluster): Omit<ClaimGroup, "id"> & { id: string } {
  const members = [...cluster.members].sort((a, b) => compare(a.source, b.source) || a.index - b.index);
  const entities = [...cluster.entities].filter(([, count]) => count > 1 || cluster.members.length === 1).map(([name]) => name);
  return {
    id: "",
    date: cluster.date,
    entities: entities.sort(compare),
    summary: summaryOf(members),
    claims: members.map(({ source, index, language }) => ({ source, index, language })),
    sources: new Set(members.map((m) => m.source)).size,
    languages: [...new Set(members.map((m) => m.language))].sort(compare),
  };
}

/** The shortest statement of the event, preferring English, so a reader sees it at a glance. */
function summaryOf(members: readonly Member[]): string {
  const english = members.filter((m) => m.language === "en");
  const pool = english.length ? english : members;
  const shortest = [...pool].sort((a, b) => a.text.length - b.text.length || compare(a.source, b.source))[0]!;
  return shortest.text.replace(/\s+/g, " ").trim();
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
