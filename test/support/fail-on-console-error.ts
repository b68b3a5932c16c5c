import { afterEach, vi } from "vitest";

// An unexpected console.error is a bug the test did not look for: fail the test that caused it.
// A test that expects one spies on console.error itself (vi.spyOn(console, "error")), which replaces this.
const errors: unknown[][] = [];

vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
  errors.push(args);
});

afterEach(() => {
  if (errors.length > 0) {
    const printed = errors.map((args) => args.map(String).join(" ")).join("\n");
    errors.length = 0;
    throw new Error(`console.error was called:\n${printed}`);
  }
});
