import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { pairSlug } from "./pairs";
import {
  clearedSecondMessage,
  firstRoleOptions,
  optionLabel,
  pickDestination,
  pickProblem,
  secondRoleOptions,
} from "./picker";
import type { RoleRef } from "./types";

const roles: RoleRef[] = [
  { slug: "ai-engineer", name: "AI Engineer" },
  { slug: "data-analyst", name: "Data Analyst" },
  { slug: "data-scientist", name: "Data Scientist" },
  { slug: "machine-learning-engineer", name: "Machine Learning Engineer" },
  { slug: "quantum-analyst", name: "Quantum Analyst" },
];

// As listComparisons gives them: canonical slugs of the pairs one snapshot covers.
const covered = new Set([
  pairSlug("data-scientist", "machine-learning-engineer"),
  pairSlug("ai-engineer", "data-scientist"),
  pairSlug("data-analyst", "data-scientist"),
]);

describe("pickProblem", () => {
  it("refuses the same role twice and a pair no source covers, in either order", () => {
    expect(pickProblem("data-scientist", "data-scientist", covered)).toBe("same-role");
    expect(pickProblem("data-analyst", "machine-learning-engineer", covered)).toBe("no-shared-source");
    expect(pickProblem("machine-learning-engineer", "data-scientist", covered)).toBeNull();
    expect(pickProblem("data-scientist", "machine-learning-engineer", covered)).toBeNull();
  });
});

describe("the picker's options", () => {
  it("disables, in the first select, only a role no source compares with any other", () => {
    const options = firstRoleOptions(roles, covered);
    expect(options.filter((o) => o.disabled).map(optionLabel)).toEqual([
      "Quantum Analyst (no comparison yet)",
    ]);
    expect(options.find((o) => o.slug === "data-scientist")).toMatchObject({ disabled: false, note: null });
  });

  it("marks and disables, in the second select, the first role and the roles it shares no source with", () => {
    const options = secondRoleOptions(roles, covered, "machine-learning-engineer");
    expect(options.map(optionLabel)).toEqual([
      "AI Engineer (no shared source)",
      "Data Analyst (no shared source)",
      "Data Scientist",
      "Machine Learning Engineer (same as first role)",
      "Quantum Analyst (no shared source)",
    ]);
    expect(options.filter((o) => !o.disabled).map((o) => o.slug)).toEqual(["data-scientist"]);
  });

  it("leaves every second role open until a known first role is chosen", () => {
    for (const first of ["", "unknown"]) {
      expect(secondRoleOptions(roles, covered, first).every((o) => !o.disabled && o.note === null)).toBe(
        true,
      );
    }
  });

  it("only ever leaves open a second role that makes a comparable pair", () => {
    const slugs = fc.constantFrom(...roles.map((r) => r.slug));
    const pairs = fc.uniqueArray(fc.tuple(slugs, slugs), { maxLength: 8 });
    fc.assert(
      fc.property(pairs, slugs, (given, first) => {
        const set = new Set(given.filter(([a, b]) => a !== b).map(([a, b]) => pairSlug(a, b)));
        for (const option of secondRoleOptions(roles, set, first)) {
          expect(option.disabled).toBe(pickProblem(first, option.slug, set) !== null);
        }
      }),
    );
  });
});

describe("clearedSecondMessage", () => {
  it("says why the second role was cleared, naming the roles", () => {
    expect(clearedSecondMessage(roles, covered, "data-analyst", "machine-learning-engineer")).toBe(
      "Second role cleared: no source we hold covers both Data Analyst and Machine Learning Engineer. Choose one of the roles not marked “no shared source”.",
    );
    expect(clearedSecondMessage(roles, covered, "data-scientist", "data-scientist")).toMatch(
      /^Second role cleared: it was Data Scientist, the same as the first role/,
    );
  });

  it("says nothing when the pair stands or a role is missing", () => {
    expect(clearedSecondMessage(roles, covered, "data-scientist", "data-analyst")).toBeNull();
    expect(clearedSecondMessage(roles, covered, "data-scientist", "")).toBeNull();
    expect(clearedSecondMessage(roles, covered, "", "data-scientist")).toBeNull();
  });
});

describe("pickDestination (/compare/go)", () => {
  it("sends a covered pair to its one canonical comparison", () => {
    expect(pickDestination({ a: "machine-learning-engineer", b: "data-scientist" }, roles, covered)).toBe(
      "/compare/data-scientist-vs-machine-learning-engineer",
    );
  });

  it("sends the same role twice and an uncovered pair back to the picker's message", () => {
    expect(pickDestination({ a: "data-scientist", b: "data-scientist" }, roles, covered)).toBe(
      "/compare#pick-same-role",
    );
    expect(pickDestination({ a: "data-analyst", b: "machine-learning-engineer" }, roles, covered)).toBe(
      "/compare#pick-no-shared-source",
    );
  });

  it("sends an incomplete pick to the picker and an unknown role to the comparison's 404", () => {
    expect(pickDestination(null, roles, covered)).toBe("/compare#picker");
    expect(pickDestination({ a: "nope", b: "data-scientist" }, roles, covered)).toBe(
      "/compare/data-scientist-vs-nope",
    );
  });
});
