import { francAll } from "franc";
import type { Language, LanguageCode } from "../schema/record.js";
import { PACKS } from "../packs/registry.js";

const ONLY = PACKS.map((pack) => pack.francCode);

/** The language of the whole document; `forced` skips detection. */
export function identifyLanguage(text: string, forced: "auto" | LanguageCode): Language {
  const whole = [{ start: 0, end: text.length }];
  if (forced !== "auto") {
    return { code: forced, confidence: 1, segments: whole.map((s) => ({ ...s, code: forced })) };
  }
  const [best] = francAll(text, { only: ONLY, minLength: 3 });
  const pack = PACKS.find((p) => p.francCode === best?.[0]);
  const code = pack ? pack.code : "und";
  const confidence = pack ? best![1] : 0;
  return { code, confidence, segments: whole.map((s) => ({ ...s, code })) };
}
