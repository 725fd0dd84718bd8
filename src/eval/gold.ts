/**
 * The three gold shapes the evaluator reads (see ANNOTATION.md and the READMEs in the data
 * folders): whole documents, CoNLL-style NER sentences and isolated time expressions. Unknown
 * extra fields (`tid`, `source`, `orig_type`, …) are allowed and ignored.
 */
import { z } from "zod";

const offset = z.number().int().nonnegative();

const goldTimex = z.object({
  start: offset,
  end: offset,
  text: z.string(),
  type: z.string(),
  value: z.string(),
});

const goldEntity = z.object({ start: offset, end: offset, text: z.string(), type: z.string() });

const goldClaim = z.object({
  start: offset,
  end: offset,
  date: z.string(),
  timex: z.tuple([offset, offset]).optional(),
});

const goldSegment = z.object({ start: offset, end: offset, lang: z.string() });

/** A document: its text plus whichever annotation layers the corpus has. */
export const goldDocument = z.object({
  id: z.union([z.string(), z.number()]).transform(String).optional(),
  lang: z.string().optional(),
  dct: z.string().nullable().optional(),
  text: z.string(),
  timexes: z.array(goldTimex).optional(),
  entities: z.array(goldEntity).optional(),
  claims: z.array(goldClaim).optional(),
  segments: z.array(goldSegment).optional(),
});

/** A CoNLL-style sentence: `text` is the tokens joined by single spaces. */
export const goldSentence = z.object({
  id: z.string(),
  lang: z.string(),
  tokens: z.array(z.string()),
  tags: z.array(z.string()),
  text: z.string(),
  entities: z.array(goldEntity),
});

/**
 * One time expression on its own with a reference time (the ctparse corpus). `INTERVAL` items
 * carry their bounds in `start_value`/`end_value` instead of `value`. A null `type` is what
 * `--predictions` writes when nothing was found.
 */
export const goldExpression = z.object({
  id: z.string(),
  lang: z.string(),
  text: z.string(),
  ref_time: z.string(),
  type: z.string().nullable(),
  value: z.string().nullable(),
  start_value: z.string().nullable().optional(),
  end_value: z.string().nullable().optional(),
});

export type GoldTimex = z.infer<typeof goldTimex>;
export type GoldEntity = z.infer<typeof goldEntity>;
export type GoldClaim = z.infer<typeof goldClaim>;
export type GoldSegment = z.infer<typeof goldSegment>;
export type GoldDocument = z.infer<typeof goldDocument>;
export type GoldSentence = z.infer<typeof goldSentence>;
export type GoldExpression = z.infer<typeof goldExpression>;

export type GoldItem =
  | { shape: "document"; id: string; gold: GoldDocument }
  | { shape: "sentence"; id: string; gold: GoldSentence }
  | { shape: "expression"; id: string; gold: GoldExpression };

export type GoldShape = GoldItem["shape"];

/** How reports and errors name a shape: one item, several items. */
export const SHAPE_NAMES: Record<GoldShape, { one: string; many: string }> = {
  document: { one: "an annotated document", many: "annotated documents" },
  sentence: { one: "an NER sentence", many: "NER sentences" },
  expression: { one: "a time expression", many: "isolated time expressions" },
};

/** The language an item is reported under. */
export function languageOf(item: GoldItem): string {
  return item.gold.lang ?? "und";
}
