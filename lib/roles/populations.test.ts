import { describe, expect, it } from "vitest";

import { snapshotPopulations } from "@/lib/content/schemas";

import { POPULATION_TO_DB, populationFromDb } from "./populations";

describe("snapshot populations", () => {
  it("round-trips every population through the database spelling", () => {
    for (const population of snapshotPopulations) {
      expect(populationFromDb(POPULATION_TO_DB[population])).toBe(population);
    }
  });
});
