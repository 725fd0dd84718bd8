import { Chalk, type ChalkInstance } from "chalk";

/** Colors only on a terminal, never with `--no-color` or when NO_COLOR is set (no-color.org). */
export function colorsFor(isTerminal: boolean, wanted: boolean): ChalkInstance {
  const allowed = wanted && isTerminal && !process.env.NO_COLOR;
  return new Chalk({ level: allowed ? 1 : 0 });
}
