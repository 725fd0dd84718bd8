/**
 * `--shard i/n`: a deterministic share of the inputs, decided by a hash of each input's name
 * (file path or NDJSON id), so every machine of a cluster agrees on who does what without
 * seeing the same file list, and the n shards together cover every input exactly once.
 */
export interface Shard {
  index: number;
  count: number;
}

export function parseShard(value: string): Shard | null {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  if (!match) return null;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return index >= 1 && index <= count ? { index, count } : null;
}

export function inShard(name: string, shard: Shard): boolean {
  return fnv1a(name) % shard.count === shard.index - 1;
}

/** 32-bit FNV-1a over UTF-16 code units: fast, stable across platforms and Node versions. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
