import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  compareSqlResults,
  describeSqlVerdict,
  expectedFromCsv,
  sameValue,
  toleranceFor,
} from "./sql-compare";

const expected = expectedFromCsv([
  ["user_id", "orders", "share"],
  ["1", "3", "0.50"],
  ["2", "1", ""],
  ["3", "2", "0.33"],
]);
const unordered = { ordered: false };

describe("compareSqlResults", () => {
  it("passes the same rows in any order when no order is asked for, names compared case-insensitively", () => {
    const actual = {
      columns: ["USER_ID", "orders", "share"],
      rows: [
        ["3", "2", "0.33"],
        ["1", "3", "0.5"],
        ["2", "1", null],
      ],
    };
    const verdict = compareSqlResults(expected, actual, unordered);
    expect(verdict).toEqual({ passed: true, renamedColumns: [], problems: [] });
  });

  it("reports a renamed column without failing on it", () => {
    const actual = { columns: ["user_id", "n", "share"], rows: expected.rows };
    const verdict = compareSqlResults(expected, actual, unordered);
    expect(verdict.passed).toBe(true);
    expect(describeSqlVerdict(verdict)).toEqual(['Column 2 is named "n"; the question calls it "orders".']);
  });

  it("says how a wrong result is wrong: a missing and an extra row, without listing the whole answer", () => {
    const actual = {
      columns: expected.columns,
      rows: [
        ["1", "3", "0.50"],
        ["2", "1", "0"],
        ["3", "2", "0.33"],
      ],
    };
    const verdict = compareSqlResults(expected, actual, unordered);
    expect(verdict.passed).toBe(false);
    expect(describeSqlVerdict(verdict)).toEqual([
      "1 expected row is missing, e.g. 2 | 1 | NULL.",
      "1 row is not in the right answer, e.g. 2 | 1 | 0.",
    ]);
  });

  it("counts duplicates: a row returned twice is an extra row (multisets, not sets)", () => {
    const actual = { columns: expected.columns, rows: [...expected.rows, expected.rows[0]!] };
    expect(compareSqlResults(expected, actual, unordered).problems.map((p) => p.kind)).toEqual([
      "row-count",
      "extra-rows",
    ]);
  });

  it("checks the order only when the question asks for one, and names the first row out of place", () => {
    const swapped = {
      columns: expected.columns,
      rows: [expected.rows[1]!, expected.rows[0]!, expected.rows[2]!],
    };
    expect(compareSqlResults(expected, swapped, unordered).passed).toBe(true);
    const verdict = compareSqlResults(expected, swapped, { ordered: true });
    expect(verdict.problems).toEqual([
      { kind: "order", position: 0, expected: ["1", "3", "0.50"], actual: ["2", "1", null] },
    ]);
  });

  it("refuses the wrong number of columns before looking at rows", () => {
    const verdict = compareSqlResults(expected, { columns: ["user_id"], rows: [["1"]] }, unordered);
    expect(verdict.problems).toEqual([{ kind: "column-count", expected: 3, actual: 1 }]);
  });

  it("matches numbers within 1e-6, or within the stated rounding", () => {
    expect(sameValue("0.333333", "0.3333334", toleranceFor(undefined))).toBe(true);
    expect(sameValue("0.33", "0.333333", toleranceFor(undefined))).toBe(false);
    expect(sameValue("0.33", "0.333333", toleranceFor(2))).toBe(true);
    expect(sameValue("0.33", "0.336", toleranceFor(2))).toBe(false);
    expect(sameValue("2026-01-01", "2026-01-01 00:00:00", toleranceFor(2))).toBe(false);
    expect(sameValue("1e3", "1000", toleranceFor(undefined))).toBe(true);
  });

  it("passes any result against itself, shuffled (property)", () => {
    const cell = fc.option(fc.oneof(fc.integer().map(String), fc.string({ maxLength: 5 })), { nil: null });
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { maxLength: 12 }), fc.integer(), (rows, seed) => {
        const shuffled = [...rows].sort(() =>
          (seed = (seed * 9301 + 49297) % 233280) / 233280 > 0.5 ? 1 : -1,
        );
        const result = { columns: ["a", "b"], rows: rows.map((r) => [...r]) };
        const verdict = compareSqlResults(
          result,
          { columns: ["a", "b"], rows: shuffled.map((r) => [...r]) },
          unordered,
        );
        expect(verdict.passed).toBe(true);
      }),
    );
  });
});
