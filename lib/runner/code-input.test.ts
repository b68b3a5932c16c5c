import { describe, expect, it } from "vitest";

import { CODE_MAX_LENGTH } from "@/lib/progress/limits";

import { codeInputProblem } from "./code-input";

describe("codeInputProblem", () => {
  it("asks for code in an empty editor", () => {
    expect(codeInputProblem("", "python")).toBe("Write some code first.");
    expect(codeInputProblem("  \n\t", "python")).toBe("Write some code first.");
    expect(codeInputProblem(" ;;\n;", "sql")).toBe("Write a query first.");
  });

  it("refuses a paste over the limit, saying how long it is", () => {
    const paste = "x".repeat(100_000);
    expect(codeInputProblem(paste, "python")).toBe(
      "Your code is 100,000 characters; the runner takes up to 20,000. Paste only the answer.",
    );
    expect(codeInputProblem(`SELECT 1 -- ${paste}`, "sql")).toMatch(/^Your query is 100,012 characters/);
  });

  it("runs anything else, up to the limit", () => {
    expect(codeInputProblem("x".repeat(CODE_MAX_LENGTH), "python")).toBeNull();
    expect(codeInputProblem("SELECT 'ünïcode' AS \"名前\"", "sql")).toBeNull();
  });
});
