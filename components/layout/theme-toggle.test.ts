import { describe, expect, it } from "vitest";

import { nextChoice } from "./theme-toggle";

describe("the theme toggle", () => {
  it("shows the other theme on every click, from any choice and system theme", () => {
    for (const system of ["light", "dark"] as const) {
      for (const current of ["system", "light", "dark"] as const) {
        const shown = current === "system" ? system : current;
        const next = nextChoice(current, system);
        expect(next === "system" ? system : next, `${current} on a ${system} system`).not.toBe(shown);
      }
    }
  });

  it("goes back to following the system when its look is chosen", () => {
    expect(nextChoice("system", "light")).toBe("dark");
    expect(nextChoice("dark", "light")).toBe("system");
    expect(nextChoice("system", "dark")).toBe("light");
    expect(nextChoice("light", "dark")).toBe("system");
    // A choice stored before this rule (light on a light system) still changes the look.
    expect(nextChoice("light", "light")).toBe("dark");
  });
});
