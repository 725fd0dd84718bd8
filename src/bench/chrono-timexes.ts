/**
 * chrono-node's results as TIMEX3 timexes, so chrono can be scored by the same code as claimx.
 *
 * chrono reports calendar components (year, month, day, weekday, hour, minute), each either
 * certain (read from the text) or implied (filled in from the reference date). The value keeps
 * the components down to the finest certain one: `2022-05-23T14:00` (TIME), `2022-05-23`,
 * `2022-05`, `2022`; implied coarser parts are filled in (`in July` → `2022-07`), as TIMEX3
 * resolves them too. A range (`May to June`) gives a timex for each end, on the same span.
 *
 * What this cannot express, because chrono does not produce it: durations (`P3Y`; chrono
 * reads `for 3 years` as the date three years on), sets (`every year`), quarters, halves and seasons (`2021-Q4`, `2022-SU`), ISO weeks (`next week`
 * comes out as a day), decades and centuries, `PRESENT_REF`/`PAST_REF`/`FUTURE_REF` (`now`
 * comes out as a clock time), parts of day (`TMO`, `TNI`) and underspecified `X` values.
 * chrono's spans also include prepositions (`on Monday`), which TIMEX3 leaves out: that costs
 * chrono strict-span matches, not relaxed or value matches.
 */
import * as chrono from "chrono-node";
import type { ParsedComponents, ParsedResult } from "chrono-node";
import type { Prediction, PredictionInput, Predictor } from "../eval/predict.js";
import type { LanguageCode, Timex } from "../schema/record.js";

/** chrono's casual parser for each claimx language. */
const PARSERS: Record<LanguageCode, { parse(text: string, ref?: Date): ParsedResult[] }> = {
  en: chrono.en.casual,
  de: chrono.de.casual,
  nl: chrono.nl.casual,
  id: chrono.id.casual,
};

export function chronoParse(text: string, lang: LanguageCode, reference?: Date): ParsedResult[] {
  return PARSERS[lang].parse(text, reference);
}

export function chronoTimexes(results: readonly ParsedResult[]): Timex[] {
  return results.flatMap((result) =>
    [result.start, result.end]
      .map((components) => (components ? timexValue(components) : null))
      .filter((value) => value !== null)
      .map((value) => ({ start: result.index, end: result.index + result.text.length, text: result.text, ...value })),
  );
}

export function timexValue(components: ParsedComponents): Pick<Timex, "type" | "value"> | null {
  const part = (name: "year" | "month" | "day" | "hour" | "minute", width: number) =>
    String(components.get(name) ?? 0).padStart(width, "0");
  const day = `${part("year", 4)}-${part("month", 2)}-${part("day", 2)}`;
  if (components.isCertain("hour")) return { type: "TIME", value: `${day}T${part("hour", 2)}:${part("minute", 2)}` };
  if (components.isCertain("day") || components.isCertain("weekday")) return { type: "DATE", value: day };
  if (components.isCertain("month")) return { type: "DATE", value: day.slice(0, 7) };
  if (components.isCertain("year")) return { type: "DATE", value: day.slice(0, 4) };
  return null;
}

/**
 * chrono as a predictor: the gold's language where it fixes one, else `fallback`, since chrono
 * does not identify languages. It is given the full reference time where the gold has one.
 */
export function chronoPredictor(fallback: LanguageCode): Predictor {
  return (input: PredictionInput): Prediction => {
    const lang = input.lang ?? fallback;
    const reference = referenceInstant(input);
    return {
      language: { code: lang, confidence: 1, segments: [] },
      referenceDate: { value: input.referenceDate ?? null, source: input.referenceDate ? "option" : "none" },
      timexes: chronoTimexes(chronoParse(input.text, lang, reference)),
      entities: [],
      claims: [],
    };
  };
}

/** Local time, as chrono reads its components in local time; a bare date means its noon. */
export function referenceInstant(input: Pick<PredictionInput, "referenceDate" | "referenceTime">): Date | undefined {
  if (input.referenceTime?.includes("T")) return new Date(input.referenceTime);
  if (!input.referenceDate) return undefined;
  const [year, month = "01", day = "01"] = input.referenceDate.split("-");
  return new Date(`${year}-${month}-${day}T12:00:00`);
}
