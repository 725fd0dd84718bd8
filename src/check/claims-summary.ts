/**
 * The claims of an expected record as a reviewer reads them: one block per claim, in text
 * order, with the date, its timex, modality, subject, source and the sentence. Written beside
 * each expected record, so a change to the expected claims shows up in a pull request as a
 * few readable lines rather than as JSON offsets.
 */
import type { DocumentRecord } from "../schema/record.js";

export function claimsSummary(record: DocumentRecord): string {
  const lines = [`# Dated claims of ${record.source} (${record.language.code}, reference date ${record.referenceDate.value ?? "none"})`, ""];
  if (!record.claims.length) lines.push("(none)");
  for (const claim of record.claims) {
    const anchor = record.timexes.find((t) => t.start === claim.timex.start && t.end === claim.timex.end);
    const who = [claim.subject && `subject ${claim.subject}`, claim.attribution && `says ${claim.attribution}`].filter(Boolean).join(", ");
    lines.push(`${claim.date}  ${claim.modality}${who ? `  (${who})` : ""}  ← "${anchor?.text ?? ""}"`);
    lines.push(`    ${claim.text.replace(/\s+/g, " ")}`);
    if (claim.entities.length) lines.push(`    names: ${claim.entities.join(", ")}`);
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
