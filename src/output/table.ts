/**
 * `--format table`: what a person reads in a terminal. Documents first (language, reference
 * date, counts, problems), then the dated claims sorted by date, each trimmed to the width.
 */
import type { ChalkInstance } from "chalk";
import type { ClaimGroup, DocumentRecord } from "../schema/record.js";
import { fitWidth, terminalSafe } from "./terminal-text.js";

export interface TableOptions {
  width: number;
  color: ChalkInstance;
}

export function formatTable(documents: readonly DocumentRecord[], groups: readonly ClaimGroup[] | undefined, options: TableOptions): string {
  const { color } = options;
  const lines: string[] = [];
  if (groups) lines.push(...groupsSection(groups, options), "");
  lines.push(...documentsSection(documents, options), "");
  lines.push(...claimsSection(documents, options));
  const failed = documents.filter((d) => d.error).length;
  const summary = `${documents.length} document${documents.length === 1 ? "" : "s"}, ${failed} failed, ${documents.reduce((n, d) => n + d.claims.length, 0)} dated claims`;
  lines.push("", failed ? color.yellow(summary) : color.dim(summary));
  return `${lines.join("\n")}\n`;
}

function documentsSection(documents: readonly DocumentRecord[], { width, color }: TableOptions): string[] {
  const sourceWidth = Math.max(12, Math.min(60, width - 48, Math.max(...documents.map((d) => d.source.length), 6)));
  const header = `${pad("SOURCE", sourceWidth)}  ${pad("LANG", 8)}  ${pad("REF DATE", 10)}  ${pad("TIMEX", 5)}  ${pad("ENT", 4)}  CLAIMS`;
  const lines = [color.bold("Documents"), color.dim(header)];
  for (const document of documents) {
    const source = pad(fitWidth(document.source, sourceWidth), sourceWidth);
    if (document.error) {
      lines.push(`${source}  ${color.red(fitWidth(`${document.error.code}: ${document.error.message}`, width - sourceWidth - 2))}`);
      continue;
    }
    const languages = [...new Set(document.language.segments.map((s) => s.code))].filter((c) => c !== document.language.code);
    const language = [document.language.code, ...languages].join("+");
    const row = [
      source,
      pad(language, 8),
      pad(document.referenceDate.value ?? "—", 10),
      pad(String(document.timexes.length), 5),
      pad(String(document.entities.length), 4),
      String(document.claims.length),
    ].join("  ");
    lines.push(row);
    for (const warning of document.warnings) lines.push(color.yellow(`  ${fitWidth(`warning: ${warning.message}`, width - 2)}`));
  }
  return lines;
}

function claimsSection(documents: readonly DocumentRecord[], { width, color }: TableOptions): string[] {
  const rows = documents.flatMap((document) => document.claims.map((claim) => ({ document, claim })));
  if (!rows.length) return [color.dim("No dated claims.")];
  rows.sort((a, b) => compare(a.claim.date, b.claim.date) || compare(a.document.source, b.document.source) || a.claim.start - b.claim.start);
  const sourceWidth = Math.min(24, Math.max(...rows.map((r) => baseName(r.document.source).length)));
  const subjectWidth = 14;
  const fixed = 10 + 2 + sourceWidth + 2 + 4 + 2 + subjectWidth + 2 + 11 + 2;
  const textWidth = Math.max(20, width - fixed);
  const header = `${pad("DATE", 10)}  ${pad("SOURCE", sourceWidth)}  LANG  ${pad("SUBJECT", subjectWidth)}  ${pad("MODALITY", 11)}  STATEMENT`;
  const lines = [color.bold("Dated claims"), color.dim(header)];
  for (const { document, claim } of rows) {
    lines.push(
      [
        color.cyan(pad(claim.date, 10)),
        pad(fitWidth(baseName(document.source), sourceWidth), sourceWidth),
        pad(languageAt(document, claim.start), 4),
        pad(fitWidth(claim.subject ?? "—", subjectWidth), subjectWidth),
        modalityColor(claim.modality, color)(pad(claim.modality, 11)),
        fitWidth(claim.text, textWidth),
      ].join("  "),
    );
  }
  return lines;
}

function groupsSection(groups: readonly ClaimGroup[], { width, color }: TableOptions): string[] {
  const shared = groups.filter((g) => g.claims.length > 1);
  if (!shared.length) return [color.dim("No event is reported by more than one claim.")];
  const lines = [color.bold("Events reported by several claims"), color.dim(`${pad("DATE", 10)}  SOURCES  UNDATED  LANGUAGES     SUMMARY`)];
  for (const group of shared) {
    // Sources that report the event without a date of their own count among its sources.
    const undated = new Set(group.undatedClaims.map((ref) => ref.source)).size;
    const languages = pad(group.languages.join(","), 12);
    lines.push(
      `${color.cyan(pad(group.date, 10))}  ${pad(String(group.sources), 7)}  ${pad(String(undated), 7)}  ${languages}  ${fitWidth(group.summary, width - 46)}`,
    );
  }
  return lines;
}

function modalityColor(modality: string, color: ChalkInstance): (text: string) => string {
  if (modality === "planned") return color.blue;
  if (modality === "speculative") return color.magenta;
  if (modality === "reported") return color.green;
  return (text) => text;
}

function languageAt(document: DocumentRecord, offset: number): string {
  return document.language.segments.find((s) => offset >= s.start && offset < s.end)?.code ?? document.language.code;
}

function baseName(path: string): string {
  return terminalSafe(path.slice(path.lastIndexOf("/") + 1));
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
