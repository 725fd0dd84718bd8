/**
 * Which feature hashes a model may hold: a blocked Bloom filter, one 32-bit word per probe
 * with two bits set per feature, eight bits per feature in all (about 5% false positives).
 *
 * Half the context features the tagger looks up per token (word pairs above all) are not in
 * the model. Their look-up read a slot of the model's hash table, megabytes that the rest of
 * the pipeline keeps pushing out of the processor's caches, to find it empty; the filter is a
 * tenth of that size and answers most of them without touching the table: the entity stage
 * took 4–5% less time on the bench's news. Building it is a pass over the model's keys, a few
 * milliseconds that a short run would not win back, so a model starts with `FeatureFilter.none`
 * and the tagger builds the filter once it has tagged enough sentences.
 */
export class FeatureFilter {
  private readonly words: Int32Array;
  private readonly shift: number;

  /** A filter that rules out nothing: every bit set. */
  static none(): FeatureFilter {
    const filter = new FeatureFilter(new Int32Array(0));
    filter.words.fill(-1);
    return filter;
  }

  /** The filter of a model's feature hashes. */
  constructor(keys: Int32Array) {
    // Eight bits per key, 32 per word; at least two words, as a shift by 32 would shift by 0
    // in JavaScript.
    let bits = 1;
    while (1 << bits < keys.length / 4) bits++;
    this.words = new Int32Array(1 << bits);
    this.shift = 32 - bits;
    for (let k = 0; k < keys.length; k++) {
      const mixed = Math.imul(keys[k] as number, 0x9e3779b1);
      const at = mixed >>> this.shift;
      this.words[at] = (this.words[at] as number) | bitsOf(mixed);
    }
  }

  /** False only for a hash that is not among the keys. */
  mayHold(hash: number): boolean {
    const mixed = Math.imul(hash, 0x9e3779b1);
    const bits = bitsOf(mixed);
    return ((this.words[mixed >>> this.shift] as number) & bits) === bits;
  }
}

/** The two bits of a word that a mixed hash sets: its lowest two groups of five bits. */
function bitsOf(mixed: number): number {
  return (1 << (mixed & 31)) | (1 << ((mixed >>> 5) & 31));
}
