import { LABEL_COUNT, allowedAfter } from "./labels.js";

/** Labels per row, read once: the decoder uses it in its innermost loop. */
const L = LABEL_COUNT;

/**
 * Per label, the first and last previous label IOB2 allows before it (`I-X`: only `B-X` and
 * `I-X`). Pairs outside the range score −∞ in constrained transitions and can never be the
 * best, so the decoder does not try them: a third fewer steps per token.
 */
const FIRST_PREVIOUS = Uint8Array.from({ length: L }, (_, label) => [...Array(L).keys()].find((previous) => allowedAfter(previous, label)) ?? 0);
const LAST_PREVIOUS = Uint8Array.from({ length: L }, (_, label) => [...Array(L).keys()].findLast((previous) => allowedAfter(previous, label)) ?? L - 1);

/**
 * Transition scores with the IOB2 constraint built in: row `LABEL_COUNT` is the sentence start,
 * and pairs IOB2 forbids score −∞ so decoding never produces them.
 */
export function constrainTransitions(transitions: Float32Array): Float32Array {
  const constrained = Float32Array.from(transitions);
  for (let previous = 0; previous <= LABEL_COUNT; previous++) {
    for (let label = 0; label < LABEL_COUNT; label++) {
      const fromStart = previous === LABEL_COUNT;
      if (!allowedAfter(fromStart ? 0 : previous, label)) constrained[previous * LABEL_COUNT + label] = -Infinity;
    }
  }
  return constrained;
}

/**
 * Best label sequence for `length` tokens given per-token label scores (`emissions`, row per
 * token) and constrained transition scores. Writes the labels into `out`.
 * @param score,back working space of at least `length × LABEL_COUNT`, which a caller tagging
 *   sentence after sentence can reuse
 */
export function viterbi(
  emissions: Float32Array,
  length: number,
  transitions: Float32Array,
  out: Uint8Array,
  score = new Float64Array(length * L),
  back = new Uint8Array(length * L),
): void {
  for (let y = 0; y < L; y++) score[y] = (transitions[L * L + y] as number) + (emissions[y] as number);
  for (let t = 1; t < length; t++) {
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      const last = LAST_PREVIOUS[y] as number;
      for (let p = FIRST_PREVIOUS[y] as number; p <= last; p++) {
        const candidate = (score[(t - 1) * L + p] as number) + (transitions[p * L + y] as number);
        if (candidate > best) {
          best = candidate;
          arg = p;
        }
      }
      score[t * L + y] = best + (emissions[t * L + y] as number);
      back[t * L + y] = arg;
    }
  }
  let last = 0;
  for (let y = 1; y < L; y++) if ((score[(length - 1) * L + y] as number) > (score[(length - 1) * L + last] as number)) last = y;
  for (let t = length - 1; t >= 0; t--) {
    out[t] = last;
    last = back[t * L + last] as number;
  }
}
