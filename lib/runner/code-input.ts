import { CODE_MAX_LENGTH } from "@/lib/progress/limits";

// What the runner refuses before running anything, for SQL and Python alike: an empty editor and
// more code than anyone writes in an interview (a paste of a whole file, usually by mistake). The
// limit is the one the account keeps per question, so what runs can also be saved.

/** The problem with the code as a sentence to show, or null when it can run. */
export function codeInputProblem(code: string, language: "sql" | "python"): string | null {
  const what = language === "sql" ? "query" : "code";
  // A query of only semicolons is as empty as no query.
  const content = language === "sql" ? code.replace(/[\s;]+/g, "") : code.trim();
  if (content === "") return language === "sql" ? "Write a query first." : "Write some code first.";
  if (code.length > CODE_MAX_LENGTH) {
    return `Your ${what} is ${code.length.toLocaleString("en-US")} characters; the runner takes up to ${CODE_MAX_LENGTH.toLocaleString("en-US")}. Paste only the answer.`;
  }
  return null;
}
