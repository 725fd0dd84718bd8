/**
 * Article text is untrusted: an escape sequence in a scraped page must not recolor, retitle or
 * rewrite the user's terminal. Every control character (C0, DEL, C1, and the bidirectional
 * overrides that can reorder what is shown) becomes a visible placeholder or a space.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(CONTROL, (char) => (char === "\n" || char === "\t" || char === "\r" ? " " : "\uFFFD"));
}

/** Collapses runs of whitespace and trims to `width` characters with an ellipsis. */
export function fitWidth(text: string, width: number): string {
  const flat = terminalSafe(text).replace(/\s+/g, " ").trim();
  if (width <= 0) return "";
  return flat.length <= width ? flat : `${flat.slice(0, Math.max(0, width - 1))}…`;
}
