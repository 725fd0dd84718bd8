import type { LanguageCode } from "../schema/record.js";
import type { LanguagePack } from "./pack.js";
import { dutch } from "./nl/index.js";
import { german } from "./de/index.js";
import { english } from "./en/index.js";
import { indonesian } from "./id/index.js";

export const PACKS: readonly LanguagePack[] = [dutch, german, english, indonesian];

const byCode = new Map<LanguageCode, LanguagePack>(PACKS.map((pack) => [pack.code, pack]));

export function packFor(code: LanguageCode): LanguagePack {
  const pack = byCode.get(code);
  if (!pack) throw new Error(`no language pack for ${code}`);
  return pack;
}

/** The pack for a detected code, falling back to English for text of unknown language. */
export function packOrDefault(code: string): LanguagePack {
  return byCode.get(code as LanguageCode) ?? english;
}
