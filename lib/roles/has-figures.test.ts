import { describe, expect, it } from "vitest";

import { hasFigures } from "./has-figures";
import type { RoleFigures } from "./types";

const empty: RoleFigures = {
  role: { slug: "data-scientist", name: "Data Scientist" },
  medianBaseSalaryUsd: null,
  salarySampleSize: null,
  activePostings: null,
  remoteShare: null,
  entryLevelShare: null,
  breakdowns: [],
  skills: [],
};

describe("hasFigures", () => {
  it("is false for a role listed without figures", () => {
    expect(hasFigures(empty)).toBe(false);
  });

  it("is true for any one figure", () => {
    expect(hasFigures({ ...empty, remoteShare: 0.2 })).toBe(true);
    expect(
      hasFigures({ ...empty, breakdowns: [{ dimension: "SENIORITY", label: "Senior", share: 0.5 }] }),
    ).toBe(true);
    const skill = {
      skill: { slug: "sql", name: "SQL" },
      share: 0.4,
      medianSalaryUsd: null,
      salarySampleSize: null,
      salaryPremiumUsd: null,
    };
    expect(hasFigures({ ...empty, skills: [skill] })).toBe(true);
  });
});
