/**
 * The document object that flows through the pipeline. Each stage reads what the stages
 * before it produced and adds its own part; nothing flows backwards.
 */
import type { DetectedLanguageCode, Entity, Language, ReferenceDate, Timex } from "../schema/record.js";

export interface Sentence {
  start: number;
  end: number;
  language: DetectedLanguageCode;
  /** Page furniture (forms, navigation, notices, ads, reader comments): no claims come from it. */
  boilerplate: boolean;
  /** A line of its own without sentence-final punctuation: a headline, caption or list item. */
  headline: boolean;
}

export interface Analysis {
  readonly text: string;
  readonly referenceDate: ReferenceDate;
  readonly language: Language;
  readonly sentences: readonly Sentence[];
  readonly timexes: readonly Timex[];
  readonly entities: readonly Entity[];
}
