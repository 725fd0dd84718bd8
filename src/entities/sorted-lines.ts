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
 *
 * A list asked often enough for whole keys (`find`) indexes its lines by a hash of their keys,
 * and answers from then on with a probe or two: a word type new to the tagger is looked up in
 * four lists, up to a dozen times in the frequency bands for a German compound, and these
 * searches took a third of the time of scoring a new type. A run on a few articles never asks
 * that often and does without the index: 2 MB for the frequency bands, 30–40 ms to build,
 * most of it a cache miss per line entered.
 */
import { BYTE_HASH_START, byteHashEnd, byteHashStep, hashBytes } from "./hash.js";

const NEWLINE = 0x0a;
/** Separates the words of a key that is a phrase (`firstOfPhrase`). */
const SPACE = 0x20;
/**
 * Bytes per block of the index. Blocks of 1 KB searched a little faster still, but the index of
 * the frequency bands then took 2,400 steps to build, enough for V8 to compile the loop on the
 * spot: 100 M more instructions for a run on one small article, 8% of it.
 */
const BLOCK_BYTES = 4096;
/** Whole-key searches of a list (`find`) before it indexes its keys by hash. */
export const SEARCHES_BEFORE_HASHING = 10_000;
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
  /** Whole-key searches so far, until the hash index is built. */
  private searches = 0;
  /** The hash index of the keys, once built (`hashSlotsOf`). */
  private hashSlots: HashSlots | null = null;

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
    if (this.hashSlots) return this.probe(key, this.hashSlots, (start) => this.holdsKeyAt(key, start));
    if (++this.searches === SEARCHES_BEFORE_HASHING) this.hashSlots = this.hashSlotsOf();
    const start = this.firstAtLeast(key);
    return start < this.bytes.length && this.compare(key, start, this.lineEnd(start)) === 0 ? start : -1;
  }

  /**
   * Where the lines whose keys are the phrase `key` or longer phrases that start with it (`new`,
   * `new york`, `new york city`) begin: the first of them, or the end of the list when there is
   * none. They follow each other in a list of phrases (words between single spaces, no control
   * characters, which would sort between `new` and `new york`).
   */
  firstOfPhrase(key: Uint8Array): number {
    if (this.hashSlots) {
      // Another key's entry whose tag matches may be a later line of the same phrases.
      const first = this.probe(key, this.hashSlots, (start) => this.isPhraseAt(key, start) && !(start > this.first && this.isPhraseAt(key, this.lineStartBefore(start))));
      return first < 0 ? this.bytes.length : first;
    }
    const start = this.firstAtLeast(key);
    return this.isPhraseAt(key, start) ? start : this.bytes.length;
  }

  /** Whether the key of the line at `start` is the phrase `key` or a longer phrase that starts with it. */
  isPhraseAt(key: Uint8Array, start: number): boolean {
    if (start >= this.bytes.length) return false;
    const end = this.lineEnd(start);
    if (!this.keyStartsWith(start, end, key)) return false;
    const after = start + this.valueWidth + key.length;
    return after === end || this.bytes[after] === SPACE;
  }

  /** Where the line before the one starting at `start` starts. */
  private lineStartBefore(start: number): number {
    let before = start - 1;
    while (before > this.first && this.bytes[before - 1] !== NEWLINE) before--;
    return before;
  }

  /** Where the first line entered under `key`'s hash that `accepts` starts, or −1. */
  private probe(key: Uint8Array, { slots, mask, positionBits, tagBits }: HashSlots, accepts: (start: number) => boolean): number {
    const hash = hashBytes(key, 0, key.length);
    const tag = tagOf(hash, tagBits);
    const positionMask = (1 << positionBits) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot] as number;
      if (entry === EMPTY) return -1;
      if (entry >>> positionBits === tag && accepts(entry & positionMask)) return entry & positionMask;
    }
  }

  /** Whether the line at `start` has exactly `key` for its key. */
  private holdsKeyAt(key: Uint8Array, start: number): boolean {
    const { bytes } = this;
    const from = start + this.valueWidth;
    const end = from + key.length;
    if (end > bytes.length) return false;
    for (let i = 0; i < key.length; i++) if (bytes[from + i] !== key[i]) return false;
    return end === bytes.length || bytes[end] === NEWLINE;
  }

  /**
   * Open addressing with linear probing over at least twice as many slots as entries. An entry
   * is where a line starts and, in the bits the position leaves free, the top bits of its key's
   * hash: most probes that meet another key are told apart there, without reading its line
   * from somewhere in megabytes. Null for a list too large to pack so (a gigabyte).
   */
  private hashSlotsOf(): HashSlots | null {
    const { bytes, valueWidth, first } = this;
    const positionBits = 32 - Math.clz32(bytes.length);
    if (positionBits > MAX_POSITION_BITS) return null;
    const entries = entryCount(bytes, first, valueWidth);
    let size = 1;
    while (size < 2 * entries) size <<= 1;
    const index: HashSlots = { slots: new Int32Array(size).fill(EMPTY), mask: size - 1, positionBits, tagBits: 31 - positionBits };
    enterLines(index, bytes, first, valueWidth);
    return index;
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

interface HashSlots {
  /** Per slot `EMPTY`, or a line's start in the low `positionBits` and its key's `tagOf` above them. */
  slots: Int32Array;
  mask: number;
  positionBits: number;
  tagBits: number;
}

const EMPTY = -1;
/** Positions of up to a gigabyte, so that a slot with its tag stays a positive 32-bit integer. */
const MAX_POSITION_BITS = 30;

/*
 * Building the hash index reads every byte of a list once to count its entries and once to hash
 * each key as it goes: a search for each line's end (`indexOf`) and a hash of its key took
 * twice as long.
 */

/** The entries of a list's hash index: one per line, one per space in a key at most. */
function entryCount(bytes: Uint8Array, first: number, valueWidth: number): number {
  let entries = 0;
  for (let at = first; at < bytes.length; at++) {
    entries++;
    for (at += valueWidth; at < bytes.length && bytes[at] !== NEWLINE; at++) if (bytes[at] === SPACE) entries++;
  }
  return entries;
}

/**
 * Enters each line under its key, and the first line of the phrases that start with some words
 * (`firstOfPhrase`) under those words too.
 */
function enterLines(index: HashSlots, bytes: Uint8Array, first: number, valueWidth: number): void {
  let previousFrom = 0;
  let previousEnd = 0;
  for (let start = first; start < bytes.length; ) {
    const from = start + valueWidth;
    let hash = BYTE_HASH_START;
    let end = from;
    for (; end < bytes.length && bytes[end] !== NEWLINE; end++) {
      if (bytes[end] === SPACE && !startsPhrase(bytes, previousFrom, previousEnd, from, end)) enter(index, byteHashEnd(hash), start);
      hash = byteHashStep(hash, bytes[end] as number);
    }
    enter(index, byteHashEnd(hash), start);
    previousFrom = from;
    previousEnd = end;
    start = end + 1;
  }
}

function enter({ slots, mask, positionBits, tagBits }: HashSlots, hash: number, start: number): void {
  let slot = hash & mask;
  while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
  slots[slot] = (tagOf(hash, tagBits) << positionBits) | start;
}

/**
 * Whether the key `bytes[from, end)` starts with the phrase `bytes[wordsFrom, wordsEnd)`: is it,
 * or goes on after it with a space.
 */
function startsPhrase(bytes: Uint8Array, from: number, end: number, wordsFrom: number, wordsEnd: number): boolean {
  const length = wordsEnd - wordsFrom;
  if (end - from < length) return false;
  for (let i = 0; i < length; i++) if (bytes[from + i] !== bytes[wordsFrom + i]) return false;
  return end - from === length || bytes[from + length] === SPACE;
}

/** The top `bits` bits of a hash. */
function tagOf(hash: number, bits: number): number {
  return bits ? hash >>> (32 - bits) : 0;
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
