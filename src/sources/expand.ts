/**
 * Turns what the user typed into an ordered list of inputs: files as given, folders walked
 * recursively in sorted order, globs expanded, `-` for standard input. The order is
 * deterministic so that two runs over the same tree print the same bytes.
 */
import { readdirSync, statSync, type Dirent } from "node:fs";
import { join } from "node:path";

export type Input =
  | { kind: "file"; path: string }
  | { kind: "stdin"; path: "-" }
  /** A path that could not even be listed; it becomes an error record, the run goes on. */
  | { kind: "missing"; path: string; code: "NOT_FOUND" | "UNREADABLE"; message: string };

export interface Filters {
  include?: readonly string[];
  exclude?: readonly string[];
}

/**
 * Only these characters make a glob (`*`, `?`, `[…]`, `{a,b}`, `{1..3}`, `(…)` and the
 * extglobs `+(…)`, `@(…)`, a leading `!`): for a path without any, the glob libraries (about
 * 25 ms of CPU to load, against some 400 ms for a whole run on one article) are not loaded.
 */
const GLOB_CHARACTER = /[*?[{(!]/;

export async function expandInputs(paths: readonly string[], filters: Filters = {}): Promise<Input[]> {
  const keep = await fileFilter(filters);
  const inputs: Input[] = [];
  for (const path of paths) {
    if (path === "-") inputs.push({ kind: "stdin", path });
    else {
      const glob = GLOB_CHARACTER.test(path) && !exists(path) ? await import("tinyglobby") : null;
      if (glob?.isDynamicPattern(path)) {
        for (const file of glob.globSync(path, { onlyFiles: true, dot: false }).sort(byCodePoint)) if (keep(file)) inputs.push({ kind: "file", path: file });
      } else inputs.push(...expandPath(path, keep));
    }
  }
  return inputs;
}

function expandPath(path: string, keep: (file: string) => boolean): Input[] {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch (error) {
    return [missing(path, error)];
  }
  if (!isDirectory) return [{ kind: "file", path }];
  return walk(path, keep, new Set());
}

/** Recursive, sorted, following symlinks but never around a loop. */
function walk(folder: string, keep: (file: string) => boolean, seen: Set<string>): Input[] {
  let identity: string;
  let entries: Dirent[];
  try {
    const stat = statSync(folder);
    identity = `${stat.dev}:${stat.ino}`;
    if (seen.has(identity)) return [];
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    return [missing(folder, error)];
  }
  const inner = new Set(seen).add(identity);
  const inputs: Input[] = [];
  for (const entry of entries.sort((a, b) => byCodePoint(a.name, b.name))) {
    if (entry.name.startsWith(".")) continue;
    const path = join(folder, entry.name);
    let directory = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      try {
        directory = statSync(path).isDirectory();
      } catch (error) {
        inputs.push(missing(path, error));
        continue;
      }
    }
    if (directory) inputs.push(...walk(path, keep, inner));
    else if (keep(path)) inputs.push({ kind: "file", path });
  }
  return inputs;
}

async function fileFilter({ include = [], exclude = [] }: Filters): Promise<(file: string) => boolean> {
  if (!include.length && !exclude.length) return () => true;
  const { default: picomatch } = await import("picomatch");
  const options = { dot: true, basename: false };
  const included = include.length ? picomatch([...include], options) : () => true;
  const excluded = exclude.length ? picomatch([...exclude], options) : () => false;
  // A pattern without a slash matches the file name anywhere in the tree (`*.txt`).
  const includedName = include.length ? picomatch([...include], { ...options, basename: true }) : () => true;
  const excludedName = exclude.length ? picomatch([...exclude], { ...options, basename: true }) : () => false;
  return (file) => (included(file) || includedName(file)) && !(excluded(file) || excludedName(file));
}

function missing(path: string, error: unknown): Input {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") {
    return { kind: "missing", path, code: "UNREADABLE", message: `${path}: permission denied` };
  }
  if (code === "ELOOP") {
    return { kind: "missing", path, code: "UNREADABLE", message: `${path}: too many levels of symbolic links` };
  }
  return { kind: "missing", path, code: "NOT_FOUND", message: `${path}: no such file or folder` };
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Plain code-point order: the same on every machine, unlike locale collation. */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
