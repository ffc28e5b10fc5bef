/** A mistake in how claims was called or what it was given: exit 2, message, no stack. */
export class UsageError extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message);
    this.name = "UsageError";
  }
}
