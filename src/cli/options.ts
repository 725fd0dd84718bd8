import { InvalidArgumentError } from "commander";
import { LANGUAGE_CODES, type LanguageCode } from "../schema/languages.js";

export const FORMATS = ["json", "ndjson", "table", "csv"] as const;
export type Format = (typeof FORMATS)[number];

export function parseFormat(value: string): Format {
  if (!(FORMATS as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`expected one of ${FORMATS.join(", ")}`);
  }
  return value as Format;
}

export function parseLang(value: string): "auto" | LanguageCode {
  if (value !== "auto" && !(LANGUAGE_CODES as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`expected auto or one of ${LANGUAGE_CODES.join(", ")}`);
  }
  return value as "auto" | LanguageCode;
}

export function parseReferenceDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new InvalidArgumentError("expected a calendar date YYYY-MM-DD");
  }
  return value;
}

export function parsePositiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new InvalidArgumentError("expected a positive whole number");
  return number;
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
