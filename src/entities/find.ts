import type { Entity } from "../schema/record.js";
import type { Analysis } from "../pipeline/analysis.js";

/** Named entities with canonical names. The tagger arrives with the entity model. */
export function findEntities(_analysis: Analysis): Entity[] {
  return [];
}
