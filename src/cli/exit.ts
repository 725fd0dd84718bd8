/** Exit codes of the CLI contract, and the interrupt flag the long loops check. */
export const EXIT = { ok: 0, usage: 1, someFailed: 2, interrupted: 130 } as const;

let stopRequested = false;

/**
 * The first Ctrl-C lets the record in progress finish, so NDJSON output ends on a whole line;
 * a second one stops at once.
 */
export function handleInterrupts(): void {
  process.on("SIGINT", () => {
    if (stopRequested) process.exit(EXIT.interrupted);
    stopRequested = true;
  });
}

export function interrupted(): boolean {
  return stopRequested;
}
