/**
 * The tagger's word types by their text: a hash table of its own rather than a `Map`. The
 * words looked up are new strings cut from each sentence, so for every token a `Map` had V8's
 * runtime compute the string's hash and then follow a chain of entries, reading each one's key
 * from somewhere in the heap: the look-up took 8.7% of the whole pipeline's time in steady
 * passes over the bench's news. Here the hash is computed in place, and a probe reads the
 * stored hash beside the entry's number, so only a word whose hash matches is compared.
 *
 * Open addressing with linear probing over at least twice as many slots as words; entries are
 * numbered in the order they were added, and the words met first, the most frequent ones,
 * stay together at the front of the arrays.
 */
import { hashText } from "./hash.js";

const INITIAL_SLOTS = 1024;

export class WordCache<T> {
  /** Per slot two numbers: the word's hash, and its entry's number + 1 (0: an empty slot). */
  private table = new Int32Array(2 * INITIAL_SLOTS);
  private mask = INITIAL_SLOTS - 1;
  private readonly words: string[] = [];
  private readonly values: T[] = [];

  get size(): number {
    return this.words.length;
  }

  get(word: string): T | undefined {
    const hash = hashText(word);
    const { table, mask } = this;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = table[2 * slot + 1] as number;
      if (entry === 0) return undefined;
      if (table[2 * slot] === hash && this.words[entry - 1] === word) return this.values[entry - 1];
    }
  }

  /** Adds a word that is not in the cache. */
  add(word: string, value: T): void {
    this.words.push(word);
    this.values.push(value);
    if (2 * this.words.length > this.mask + 1) this.grow();
    else this.enter(hashText(word), this.words.length);
  }

  /** Forgets every word but the first `count` added, which keep their numbers. */
  keepFirst(count: number): void {
    if (count >= this.words.length) return;
    this.table.fill(0);
    this.words.length = count;
    this.values.length = count;
    this.words.forEach((word, i) => this.enter(hashText(word), i + 1));
  }

  private enter(hash: number, entry: number): void {
    const { table, mask } = this;
    let slot = hash & mask;
    while (table[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    table[2 * slot] = hash;
    table[2 * slot + 1] = entry;
  }

  /** Twice the slots, every word entered again. */
  private grow(): void {
    const slots = 2 * (this.mask + 1);
    this.table = new Int32Array(2 * slots);
    this.mask = slots - 1;
    this.words.forEach((word, i) => this.enter(hashText(word), i + 1));
  }
}
