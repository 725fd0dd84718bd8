/**
 * The claims of an expected record as a reviewer reads them: one block per claim, in text
 * order, with the date, its timex, modality, subject, source and the sentence. Written beside
 * each expected record, so a change to the expected claims shows up in a pull request as a
 * few readable lines rather than as JSON offsets. The undated claims follow, the same way.
 */
import type { Claim, DocumentRecord, UndatedClaim } from "../schema/record.js";

export function claimsSummary(record: DocumentRecord): string {
  const lines = [`# Dated claims of ${record.source} (${record.language.code}, reference date ${record.referenceDate.value ?? "none"})`, ""];
  if (!record.claims.length) lines.push("(none)");
  for (const claim of record.claims) {
    const anchor = record.timexes.find((t) => t.start === claim.timex.start && t.end === claim.timex.end);
    lines.push(...block(`${claim.date}  ${claim.modality}`, claim, `  ← "${anchor?.text ?? ""}"`));
  }
  if (record.undatedClaims.length) lines.push("# Undated claims (events reported without a date of their own)", "");
  for (const claim of record.undatedClaims) lines.push(...block(`${claim.events.join("+")}  ${claim.modality}`, claim));
  return `${lines.join("\n").trimEnd()}\n`;
}

function block(heading: string, claim: Claim | UndatedClaim, anchor = ""): string[] {
  const who = [claim.subject && `subject ${claim.subject}`, claim.attribution && `says ${claim.attribution}`].filter(Boolean).join(", ");
  return [
    `${heading}${who ? `  (${who})` : ""}${anchor}`,
    `    ${claim.text.replace(/\s+/g, " ")}`,
    ...(claim.entities.length ? [`    names: ${claim.entities.join(", ")}`] : []),
    "",
  ];
}
