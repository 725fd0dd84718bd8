/**
 * Claims from many documents that report the same event: compatible dates, a shared named
 * participant, and no clash in what kind of event they describe (an announcement is not a
 * launch). Languages do not matter: names are canonical across languages and each claim's
 * event kind comes from its own language's pack. The result does not depend on the order
 * the documents arrive in, so sharded runs grouped afterwards give the same groups.
 *
 * Once the dated claims are grouped, each undated claim joins the group of the event it
 * reports, if one fits: the same kind of event, the group's actors, and a date its document
 * could report in its tense (a past announcement not after the article, a plan not before it).
 * A source that reports the event without dating it then counts among the group's sources.
 */
import type { ClaimGroup, DocumentRecord, DetectedLanguageCode, EventKind } from "../schema/record.js";
import { packOrDefault } from "../packs/registry.js";
import { eventsOf } from "../claims/events.js";
import { compatibleDates, dayRange, moreSpecific } from "./dates.js";

interface Statement {
  source: string;
  index: number;
  language: DetectedLanguageCode;
}

interface Member extends Statement {
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
  /** How many members report each kind of event. */
  events: Map<EventKind, number>;
  undated: Statement[];
}

interface UndatedMember extends Statement {
  entities: readonly string[];
  events: readonly EventKind[];
  /** Whether the statement looks ahead (a plan, a rumour of what will happen). */
  ahead: boolean;
  referenceDate: string | null;
}

export function groupClaims(documents: readonly DocumentRecord[]): ClaimGroup[] {
  const clusters: Cluster[] = [];
  for (const member of membersInCanonicalOrder(documents)) {
    const home = clusters.find((cluster) => belongs(member, cluster));
    if (home) {
      home.members.push(member);
      home.date = moreSpecific(home.date, member.date);
      for (const name of member.entities) home.entities.set(name, (home.entities.get(name) ?? 0) + 1);
      for (const event of member.events) home.events.set(event, (home.events.get(event) ?? 0) + 1);
    } else {
      clusters.push({
        date: member.date,
        members: [member],
        entities: new Map([...member.entities].map((name) => [name, 1])),
        events: new Map([...member.events].map((event) => [event, 1])),
        undated: [],
      });
    }
  }
  for (const undated of undatedMembers(documents)) {
    const home = bestFit(undated, clusters);
    if (home) home.undated.push(undated);
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
      const statement = statementOf(document, claim.start, index);
      return {
        ...statement,
        date: claim.date,
        text: claim.text,
        entities: new Set(hasActor(document, claim.entities) ? claim.entities : [...claim.entities, ...salient]),
        namesActors: hasActor(document, claim.entities),
        events: new Set(eventsOf(claim.text, packOrDefault(statement.language).claims)),
      };
    });
  });
  // Most precise dates first, so a cluster is seeded by the claim that pins the event down.
  const precision = (date: string) => date.length;
  return members.sort((a, b) => precision(b.date) - precision(a.date) || compare(a.date, b.date) || compare(a.source, b.source) || a.index - b.index);
}

function undatedMembers(documents: readonly DocumentRecord[]): UndatedMember[] {
  return documents
    .flatMap((document) =>
      document.undatedClaims.map((claim, index): UndatedMember => {
        const statement = statementOf(document, claim.start, index);
        return {
          ...statement,
          entities: claim.entities,
          events: claim.events,
          ahead: claim.modality === "planned" || packOrDefault(statement.language).claims.planned.test(claim.text),
          referenceDate: document.referenceDate.value,
        };
      }),
    )
    .sort((a, b) => compare(a.source, b.source) || a.index - b.index);
}

/** Where a claim stands: its document, its index there, and the language of its stretch. */
function statementOf(document: DocumentRecord, start: number, index: number): Statement {
  const language = document.language.segments.find((s) => start >= s.start && start < s.end)?.code ?? document.language.code;
  return { source: document.source, index, language };
}

/**
 * The group whose event an undated claim most likely reports, or none: among the groups that
 * share the group's actors (two of them, or the only one on both sides) and a kind of event, and whose date
 * fits the claim's tense, the one whose members most often report the claim's kinds of event,
 * then the better corroborated one. When that group is one its document already carries, the
 * claim restates an event its own article dates, and adds nothing.
 */
function bestFit(undated: UndatedMember, clusters: readonly Cluster[]): Cluster | undefined {
  let best: { cluster: Cluster; score: number; sources: number } | undefined;
  for (const cluster of clusters) {
    // A group whose claims all name nobody has only its documents' main actors, a guess.
    if (!cluster.members.some((m) => m.namesActors)) continue;
    const actors = groupEntities(cluster);
    const shared = actors.filter((name) => undated.entities.includes(name)).length;
    // Two names in common whenever either side names two: "Xiaomi and Leica founded a lab" is
    // not the founding of Xiaomi.
    if (shared < Math.min(2, Math.max(actors.length, undated.entities.length)) || !fitsTense(undated, cluster.date)) continue;
    const score = undated.events.reduce((sum, event) => sum + (cluster.events.get(event) ?? 0) / cluster.members.length, 0);
    const sources = new Set(cluster.members.map((m) => m.source)).size;
    if (score > 0 && (!best || score > best.score || (score === best.score && sources > best.sources))) best = { cluster, score, sources };
  }
  return best && !best.cluster.members.some((m) => m.source === undated.source) ? best.cluster : undefined;
}

/** A past report cannot tell of an event after its article; a plan not of one before it. */
function fitsTense(undated: UndatedMember, date: string): boolean {
  const event = dayRange(date);
  const written = undated.referenceDate === null ? null : dayRange(undated.referenceDate);
  if (!event || !written) return true;
  return undated.ahead ? event.last >= written.first : event.first <= written.last;
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

/** The names a group's members share (all of them while it has one member). */
function groupEntities(cluster: Cluster): string[] {
  return [...cluster.entities].filter(([, count]) => count > 1 || cluster.members.length === 1).map(([name]) => name);
}

function toGroup(cluster: Cluster): ClaimGroup {
  const members = [...cluster.members].sort((a, b) => compare(a.source, b.source) || a.index - b.index);
  const carriers = [...members, ...cluster.undated];
  const ref = ({ source, index, language }: Statement) => ({ source, index, language });
  return {
    id: "",
    date: cluster.date,
    entities: groupEntities(cluster).sort(compare),
    summary: summaryOf(members),
    claims: members.map(ref),
    undatedClaims: cluster.undated.map(ref),
    sources: new Set(carriers.map((m) => m.source)).size,
    languages: [...new Set(carriers.map((m) => m.language))].sort(compare),
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
