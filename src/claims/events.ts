/**
 * What kinds of event a statement reports (an announcement, a launch, an end…), from the cue
 * words of its language's pack. Grouping uses them to keep different events about the same
 * actors and dates apart; undated claims need at least one.
 */
import type { EventKind } from "../schema/record.js";
import type { ClaimCues } from "../packs/pack.js";

export function eventsOf(statement: string, cues: ClaimCues): EventKind[] {
  return (Object.keys(cues.events) as EventKind[]).filter((kind) => cues.events[kind].test(statement));
}

/** The kinds of event a statement says happen, not counting words that only name one. */
export function reportedEventsOf(statement: string, cues: ClaimCues): EventKind[] {
  return eventsOf(statement.replace(cues.eventTopics, " "), cues);
}
