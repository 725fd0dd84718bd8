/** `--format csv`: one row per claim, for spreadsheets (RFC 4180 quoting). */
import type { ClaimGroup, DocumentRecord } from "../schema/record.js";

const COLUMNS = [
  "source", "language", "date", "timex", "subject", "modality", "attribution", "entities", "start", "end", "text",
] as const;

/** With groups, a last column names each claim's group. */
export function formatCsv(documents: readonly DocumentRecord[], groups?: readonly ClaimGroup[]): string {
  const groupOf = new Map(groups?.flatMap((g) => g.claims.map((c) => [`${c.source}\u0000${c.index}`, g.id] as const)));
  const rows: string[][] = [groups ? [...COLUMNS, "group"] : [...COLUMNS]];
  for (const document of documents) {
    for (const [index, claim] of document.claims.entries()) {
      const group = groups ? [groupOf.get(`${document.source}\u0000${index}`) ?? ""] : [];
      rows.push([
        document.source,
        document.language.code,
        claim.date,
        timexText(document, claim.timex),
        claim.subject ?? "",
        claim.modality,
        claim.attribution ?? "",
        claim.entities.join("; "),
        String(claim.start),
        String(claim.end),
        claim.text,
        ...group,
      ]);
    }
  }
  return rows.map((row) => row.map(quote).join(",")).join("\r\n") + "\r\n";
}

function timexText(document: DocumentRecord, span: { start: number; end: number }): string {
  const timex = document.timexes.find((t) => t.start === span.start && t.end === span.end);
  return timex?.text ?? "";
}

function quote(field: string): string {
  // A leading = + - @ would be run as a formula by spreadsheet programs.
  const safe = /^[=+\-@]/.test(field) ? `'${field}` : field;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
