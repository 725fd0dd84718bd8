/** A mistake in how claimx was called: reported in one line, exit code 1, no stack trace. */
export class UsageError extends Error {
  override name = "UsageError";
}
