/**
 * A shipped word list searched where it lies: the file's bytes, one entry per line, sorted by
 * the UTF-8 bytes of their keys. Finding a key is a binary search over byte positions that
 * reads the line around each middle, so loading a list is one read (and a step per block of
 * the index below): decoding a file of a quarter of a million words to a string and indexing
 * or splitting its lines cost 40–80 ms of start-up, and each word type is looked up only once
 * before the tagger caches it.
 *
 * Each line is a fixed-width value, a space, and the key. Keys hold neither line breaks nor
 * half surrogate pairs (neither survives UTF-8 in a line of its own).
 *
 * A search first narrows to one block of about `BLOCK_BYTES` through a small index of where each
 * block's first line starts and that line's first key bytes, built when the list is read (one
 * step per block, not per line): the index stays in the processor's nearest caches, where the
 * probes of a binary search over the whole file each read a line from somewhere in megabytes of
 * memory (the frequency bands: 2.4 MB), one cache miss per probe, some 18 per search.
 */

const NEWLINE = 0x0a;
/**
 * Bytes per block of the index. Blocks of 1 KB searched a little faster still, but the index of
 * the frequency bands then took 2,400 steps to build, enough for V8 to compile the loop on the
 * spot: 100 M more instructions for a run on one small article, 8% of it.
 */
const BLOCK_BYTES = 4096;
const utf8 = new TextEncoder();
const UNPAIRED_SURROGATE = /\p{Surrogate}/u;
let scratch = new Uint8Array(256);

export interface Entry {
  key: string;
  value: string;
}

export class SortedLines {
  /**
   * The key searched last (`lastLength` bytes of `lastKey`; −1: none yet) and where its search
   * ended: the gazetteer asks about a new word type several times in a row (its types, then its
   * phrases or its parts), and some three searches in ten were for the key searched just before.
   */
  private lastKey = new Uint8Array(64);
  private lastLength = -1;
  private lastFound = 0;
  /** Where each block's first line starts, ascending; the first block starts at `first`. */
  private readonly blockStarts: Int32Array;
  /** The first four key bytes of each block's first line (`prefixOf`). */
  private readonly blockPrefixes: Uint32Array;

  private constructor(
    readonly bytes: Uint8Array,
    /** Where the first entry starts, after the header line. */
    private readonly first: number,
    /** Bytes of the value and the space after it, before each key. */
    private readonly valueWidth: number,
  ) {
    const starts: number[] = [];
    for (let start = first; start < bytes.length; ) {
      starts.push(start);
      // The first line that starts at least a block further on.
      const newline = bytes.indexOf(NEWLINE, start + BLOCK_BYTES - 1);
      start = newline < 0 ? bytes.length : newline + 1;
    }
    this.blockStarts = Int32Array.from(starts);
    this.blockPrefixes = Uint32Array.from(starts, (start) => prefixOf(bytes, start + valueWidth, this.lineEnd(start)));
  }

  /** The file of `entries` (values of `valueWidth` characters, distinct keys) under `header`. */
  static write(header: string, valueWidth: number, entries: readonly Entry[]): Uint8Array {
    const lines = entries
      .filter(({ key }) => SortedLines.canHold(key))
      .map(({ key, value }) => {
        if (value.length !== valueWidth) throw new Error(`value ${value} is not ${valueWidth} characters wide`);
        return { bytes: Buffer.from(key), line: `${value} ${key}\n` };
      })
      .sort((a, b) => Buffer.compare(a.bytes, b.bytes));
    return Buffer.from(`${header}\n${lines.map(({ line }) => line).join("")}`);
  }

  /** Whether a key can be a line of its own. */
  static canHold(key: string): boolean {
    return key !== "" && !key.includes("\n") && !UNPAIRED_SURROGATE.test(key);
  }

  /** The lines of `bytes` after `header`; a file under another header is refused, not misread. */
  static read(bytes: Uint8Array, header: string, valueWidth: number, what: string): SortedLines {
    const first = header.length + 1;
    if (Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, first)).toString() !== `${header}\n`) {
      throw new Error(`not a ${what} file of this version (older ones: npm run convert:models)`);
    }
    // A plain view, not the Buffer that reading a file gives: the searches read the list and the
    // searched key with the same code, which V8 compiled again when the two were of two classes.
    return new SortedLines(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), first, valueWidth + 1);
  }

  /**
   * The key's bytes to search with, or null when no line can hold it. They stay valid until the
   * next call: encoding into one buffer spares a search an allocation, which for the tagger's
   * every new word type cost a third of the look-up.
   */
  static keyOf(key: string): Uint8Array | null {
    if (!SortedLines.canHold(key)) return null;
    // A UTF-16 code unit takes at most 3 bytes.
    if (scratch.length < 3 * key.length) scratch = new Uint8Array(6 * key.length);
    return scratch.subarray(0, utf8.encodeInto(key, scratch).written);
  }

  /** Where the first line whose key is not before `key` starts (the end of the file: none). */
  firstAtLeast(key: Uint8Array): number {
    if (key.length === this.lastLength && this.isLastKey(key)) return this.lastFound;
    const { bytes, blockStarts, blockPrefixes } = this;
    // The first block whose first key is not before `key`.
    const keyPrefix = prefixOf(key, 0, key.length);
    let lowBlock = 0;
    let highBlock = blockStarts.length;
    while (lowBlock < highBlock) {
      const middle = (lowBlock + highBlock) >>> 1;
      const prefix = blockPrefixes[middle] as number;
      const start = blockStarts[middle] as number;
      // Unequal prefixes order the keys as their bytes do: a shorter key's padding is a zero byte.
      const order = keyPrefix !== prefix ? keyPrefix - prefix : this.compare(key, start, this.lineEnd(start));
      if (order <= 0) highBlock = middle;
      else lowBlock = middle + 1;
    }
    // Lines before `low` hold smaller keys, lines from `high` on larger or equal ones.
    let low = lowBlock > 0 ? (blockStarts[lowBlock - 1] as number) : this.first;
    let high = lowBlock < blockStarts.length ? (blockStarts[lowBlock] as number) : bytes.length;
    while (low < high) {
      let start = (low + high) >>> 1;
      while (start > low && bytes[start - 1] !== NEWLINE) start--;
      const end = this.lineEnd(start);
      if (this.compare(key, start, end) <= 0) high = start;
      else low = end + 1;
    }
    if (key.length > this.lastKey.length) this.lastKey = new Uint8Array(2 * key.length);
    this.lastKey.set(key);
    this.lastLength = key.length;
    this.lastFound = low;
    return low;
  }

  private isLastKey(key: Uint8Array): boolean {
    for (let i = 0; i < key.length; i++) if (key[i] !== this.lastKey[i]) return false;
    return true;
  }

  /** The line of exactly `key`, or −1. */
  find(key: Uint8Array): number {
    const start = this.firstAtLeast(key);
    return start < this.bytes.length && this.compare(key, start, this.lineEnd(start)) === 0 ? start : -1;
  }

  /** Where the line starting at `start` ends (its newline). */
  lineEnd(start: number): number {
    let end = start + this.valueWidth;
    // Bounded: a list file cut short after its last key would otherwise be read forever.
    while (end < this.bytes.length && this.bytes[end] !== NEWLINE) end++;
    return end;
  }

  /** Whether the key of the line at `start` begins with `prefix`. */
  keyStartsWith(start: number, end: number, prefix: Uint8Array): boolean {
    const from = start + this.valueWidth;
    if (end - from < prefix.length) return false;
    for (let i = 0; i < prefix.length; i++) if (this.bytes[from + i] !== prefix[i]) return false;
    return true;
  }

  /** The key of the line at `start`. */
  keyAt(start: number, end: number): string {
    return Buffer.from(this.bytes.buffer, this.bytes.byteOffset + start + this.valueWidth, end - start - this.valueWidth).toString();
  }

  /** Byte `i` of the key of the line at `start`. */
  keyByte(start: number, i: number): number {
    return this.bytes[start + this.valueWidth + i] as number;
  }

  /** Byte `i` of the value of the line at `start`. */
  valueByte(start: number, i: number): number {
    return this.bytes[start + i] as number;
  }

  /** The first character of the value of the line at `start`, read as a hexadecimal digit. */
  hexValueAt(start: number): number {
    return Number.parseInt(String.fromCharCode(this.valueByte(start, 0)), 16);
  }

  /** The hexadecimal digit that starts the value of `key`'s line; 0 when no line holds the key. */
  hexValueOf(key: string): number {
    const bytes = SortedLines.keyOf(key);
    const line = bytes ? this.find(bytes) : -1;
    return line < 0 ? 0 : this.hexValueAt(line);
  }

  /** How `key` orders against the key of the line `[start, end)`, byte by byte. */
  compare(key: Uint8Array, start: number, end: number): number {
    const from = start + this.valueWidth;
    const length = end - from;
    const shared = Math.min(key.length, length);
    for (let i = 0; i < shared; i++) {
      const difference = (key[i] as number) - (this.bytes[from + i] as number);
      if (difference !== 0) return difference;
    }
    return key.length - length;
  }
}

/** The first four bytes of `bytes[from, to)` as one unsigned number, big-endian, short ones padded with zero bytes. */
function prefixOf(bytes: Uint8Array, from: number, to: number): number {
  const n = to - from;
  const b0 = n > 0 ? (bytes[from] as number) : 0;
  const b1 = n > 1 ? (bytes[from + 1] as number) : 0;
  const b2 = n > 2 ? (bytes[from + 2] as number) : 0;
  const b3 = n > 3 ? (bytes[from + 3] as number) : 0;
  return ((b0 << 24) | (b1 << 16) | (b2 << 8) | b3) >>> 0;
}
