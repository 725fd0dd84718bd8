/** The claimx library: the same record the CLI prints, for a string. */
export { extract, type ExtractOptions } from "./pipeline/extract.js";
export { decode, type Decoded } from "./decode/decode.js";
export * from "./schema/record.js";
