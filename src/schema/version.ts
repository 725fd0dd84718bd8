/** The output contract's version: apart from the zod schema so that writing output does not load zod. */
export const SCHEMA_VERSION = "1";
