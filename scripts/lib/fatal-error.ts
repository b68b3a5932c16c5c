/**
 * An error whose message is the whole story for the person at the terminal: the scripts print it
 * as one line and exit 1, with no stack trace.
 */
export class FatalError extends Error {
  override name = "FatalError";
}
