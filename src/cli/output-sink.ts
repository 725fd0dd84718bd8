/**
 * Where records go: stdout or `--output FILE`. A closed pipe (`claimx … | head -1`) ends the
 * run quietly, as Unix tools do, instead of printing an EPIPE stack trace.
 */
import { closeSync, openSync, writeSync } from "node:fs";

export interface Sink {
  write(text: string): void;
  close(): void;
  readonly isTerminal: boolean;
}

export function openSink(path: string | undefined): Sink {
  if (path) {
    const fd = openSync(path, "w");
    return { write: (text) => void writeSync(fd, text), close: () => closeSync(fd), isTerminal: false };
  }
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  return {
    write: (text) => void process.stdout.write(text),
    close: () => undefined,
    isTerminal: Boolean(process.stdout.isTTY),
  };
}
