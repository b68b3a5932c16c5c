import { describe, expect, it } from "vitest";

import { blockWithInfo, fencedBlocks, parseCsv, proseWordCount } from "./code-blocks";

describe("fenced blocks", () => {
  const markdown =
    "Intro\n\n```sql setup\nCREATE TABLE t (a int);\n```\n\ntext\n\n~~~csv expected\na\n1\n~~~\n```python\nprint(1)\n```";

  it("finds each block with its info string", () => {
    expect(fencedBlocks(markdown)).toEqual([
      { info: "sql setup", code: "CREATE TABLE t (a int);" },
      { info: "csv expected", code: "a\n1" },
      { info: "python", code: "print(1)" },
    ]);
    expect(blockWithInfo(markdown, "sql setup")).toBe("CREATE TABLE t (a int);");
    expect(blockWithInfo(markdown, "sql solution")).toBeNull();
  });
});

describe("parseCsv", () => {
  it("reads a header and rows, with quoted commas, quotes and empty cells", () => {
    expect(parseCsv('month,label,rate\n2026-01,"a, b",0.50\n2026-02,"say ""hi""",\n')).toEqual([
      ["month", "label", "rate"],
      ["2026-01", "a, b", "0.50"],
      ["2026-02", 'say "hi"', ""],
    ]);
  });
});

describe("proseWordCount", () => {
  it("counts words outside code blocks", () => {
    expect(
      proseWordCount("Use a window function.\n```sql\nSELECT a, b, c FROM t\n```\nThen join back."),
    ).toBe(7);
  });
});
