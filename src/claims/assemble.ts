import type { Claim } from "../schema/record.js";
import type { Analysis } from "../pipeline/analysis.js";

/** Dated claims. They need timexes and entities, which arrive in their own stages. */
export function assembleClaims(_analysis: Analysis): Claim[] {
  return [];
}
