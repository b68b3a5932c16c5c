import { describe, expect, it } from "vitest";

import { pickDemandSnapshot } from "./demand-source";

const june = new Date("2026-06-01");
const may = new Date("2026-05-01");

describe("pickDemandSnapshot", () => {
  it("prefers the newest month", () => {
    const picked = pickDemandSnapshot([
      { slug: "a-may", dataMonth: may, skillsReported: 40 },
      { slug: "b-june", dataMonth: june, skillsReported: 3 },
    ]);
    expect(picked?.slug).toBe("b-june");
  });

  it("among the same month, prefers the snapshot reporting most skills for the role, then the slug", () => {
    const picked = pickDemandSnapshot([
      { slug: "de-vs-mle", dataMonth: june, skillsReported: 3 },
      { slug: "ds-vs-mle", dataMonth: june, skillsReported: 22 },
      { slug: "mle-skills", dataMonth: june, skillsReported: 22 },
    ]);
    expect(picked?.slug).toBe("ds-vs-mle");
  });

  it("ignores snapshots that report no skills, and returns null when none does", () => {
    expect(pickDemandSnapshot([{ slug: "x", dataMonth: june, skillsReported: 0 }])).toBeNull();
    expect(pickDemandSnapshot([])).toBeNull();
  });
});
