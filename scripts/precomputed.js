// A module whose every export is a function of no arguments returning constant data (JSON), as
// the source of a module whose functions return that data ready: what `scripts/bundle.js` puts
// in the bundle in place of the code that computes it.
import { pathToFileURL } from "node:url";

/** @param path the built module */
export async function precomputedSource(path) {
  const module = await import(pathToFileURL(path).href);
  return Object.entries(module)
    .map(([name, compute]) => {
      if (typeof compute !== "function" || compute.length !== 0) throw new Error(`${path}: ${name} is not a function of no arguments`);
      return `export function ${name}() {\n  return ${JSON.stringify(compute())};\n}\n`;
    })
    .join("");
}
