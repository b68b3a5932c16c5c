import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import Markdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import { describe, expect, it } from "vitest";

import { cellsAreShort, estimatedWidth, tableLabel, type HastLike } from "./markdown-table";

/** The hast node react-markdown hands a custom table component for the first table in this Markdown. */
function firstTable(markdown: string): HastLike | undefined {
  let table: HastLike | undefined;
  const captureTable: Components["table"] = ({ node }) => {
    table ??= node;
    return null;
  };
  renderToStaticMarkup(
    createElement(Markdown, { remarkPlugins: [remarkGfm], components: { table: captureTable } }, markdown),
  );
  return table;
}

describe("tableLabel", () => {
  it("names a table by its column heads, in order", () => {
    const table = firstTable(
      ["| arm | users | CTR |", "| --- | ---: | ---: |", "| control | 200,000 | 3.00% |"].join("\n"),
    );
    expect(tableLabel(table)).toBe("Table: arm, users, CTR");
  });

  it("reads inline markup in a head as its text and collapses its spaces", () => {
    const table = firstTable(
      ["| **split**  point | `p(x)` | children (p) |", "| - | - | - |", "| 3.5 | 0.1 | 4 |"].join("\n"),
    );
    expect(tableLabel(table)).toBe("Table: split point, p(x), children (p)");
  });

  it("skips empty heads, and says only 'Table' when no head has text", () => {
    expect(tableLabel(firstTable(["|  | total |", "| - | - |", "| a | 1 |"].join("\n")))).toBe(
      "Table: total",
    );
    expect(tableLabel(firstTable(["|  |  |", "| - | - |", "| a | 1 |"].join("\n")))).toBe("Table");
    expect(tableLabel(undefined)).toBe("Table");
  });

  it("names the part of the page the table is in, when given, so equal heads are told apart", () => {
    const table = firstTable(["| arm | users |", "| - | - |", "| control | 200 |"].join("\n"));
    expect(tableLabel(table, "the model answer")).toBe("Table in the model answer: arm, users");
    expect(tableLabel(table, "your note")).not.toBe(tableLabel(table, "the question"));
    expect(tableLabel(firstTable(["|  |  |", "| - | - |", "| a | 1 |"].join("\n")), "your note")).toBe(
      "Table in your note",
    );
  });

  it("names the header row, not a body row", () => {
    const table = firstTable(["| day | visits |", "| - | - |", "| Mon | 10 |", "| Tue | 12 |"].join("\n"));
    expect(tableLabel(table)).not.toMatch(/Mon|Tue|10|12/);
  });
});

describe("cellsAreShort", () => {
  it("is true for a table of figures, heads included", () => {
    const table = firstTable(
      ["| split | children (p) | Gini |", "| - | - | - |", "| A | 0.75 (400), 0.25 (400) | 0.375 |"].join(
        "\n",
      ),
    );
    expect(cellsAreShort(table)).toBe(true);
  });

  it("is false once one cell, or one head, is a phrase", () => {
    const sentence = "a cell that holds a whole sentence of explanation";
    expect(cellsAreShort(firstTable(["| a | b |", "| - | - |", `| 1 | ${sentence} |`].join("\n")))).toBe(
      false,
    );
    expect(cellsAreShort(firstTable([`| a | ${sentence} |`, "| - | - |", "| 1 | 2 |"].join("\n")))).toBe(
      false,
    );
  });

  it("counts the text, not the Markdown around it, against the limit", () => {
    const table = firstTable(["| a |", "| - |", "| **0123456789** `0123456789` |"].join("\n"));
    expect(cellsAreShort(table, 21)).toBe(true);
    expect(cellsAreShort(table, 20)).toBe(false);
  });

  it("is false when there is no table", () => {
    expect(cellsAreShort(undefined)).toBe(false);
  });
});

describe("estimatedWidth", () => {
  it("sums each column's longest cell when the cells stay on one line", () => {
    // columns: "split"/"A" 5 chars, "0.75 (400), 0.25 (400)" 22 chars: (5 + 22) × 8 + 2 × 16
    const table = firstTable(
      ["| split | children (p) |", "| - | - |", "| A | 0.75 (400), 0.25 (400) |"].join("\n"),
    );
    expect(estimatedWidth(table)).toBe(27 * 8 + 2 * 16);
  });

  it("counts a column's longest word when its phrases wrap", () => {
    const table = firstTable(
      ["| a | why |", "| - | - |", "| 1 | a cell that holds a whole sentence of explanation |"].join("\n"),
    );
    // "explanation" is the longest word (11), "a"/"1" the other column (1)
    expect(estimatedWidth(table)).toBe((1 + 11) * 8 + 2 * 16);
  });

  it("grows with every column added", () => {
    const columns = (n: number) =>
      firstTable([`|${" h |".repeat(n)}`, `|${" - |".repeat(n)}`, `|${" 12.5 |".repeat(n)}`].join("\n"));
    expect(estimatedWidth(columns(3))).toBeLessThan(estimatedWidth(columns(4)));
    expect(estimatedWidth(undefined)).toBe(0);
  });
});
