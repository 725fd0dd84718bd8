/** The four languages claimx reads: kept apart from the zod schema so the CLI can name them without loading it. */
export const LANGUAGE_CODES = ["nl", "de", "en", "id"] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];
