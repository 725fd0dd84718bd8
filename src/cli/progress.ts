/**
 * A progress bar on standard error for long runs in a terminal: files done, MB/s, time left.
 * Never in a pipe, in CI or with `--quiet`, and only once a run has taken a second, so short
 * runs stay clean.
 */
import type { SingleBar } from "cli-progress";

const SHOW_AFTER_MS = 1000;

export interface Progress {
  advance(bytes: number): void;
  stop(): void;
}

const SILENT: Progress = { advance: () => undefined, stop: () => undefined };

export async function startProgress(totalFiles: number, quiet: boolean): Promise<Progress> {
  if (quiet || !process.stderr.isTTY || process.env.CI || totalFiles < 2) return SILENT;
  // Loaded only for a bar that may show: start-up of runs in pipes does not pay for it.
  const { default: cliProgress } = await import("cli-progress");
  const started = Date.now();
  let bar: SingleBar | null = null;
  let done = 0;
  let bytes = 0;
  return {
    advance(size) {
      done++;
      bytes += size;
      if (!bar && Date.now() - started >= SHOW_AFTER_MS) {
        bar = new cliProgress.SingleBar(
          { format: "{bar} {value}/{total} files | {rate} MB/s | {eta_formatted} left", stream: process.stderr, hideCursor: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(totalFiles, 0, { rate: "0.0" });
      }
      const seconds = (Date.now() - started) / 1000;
      bar?.update(done, { rate: (bytes / 1e6 / Math.max(seconds, 1e-3)).toFixed(1) });
    },
    stop() {
      bar?.stop();
    },
  };
}
