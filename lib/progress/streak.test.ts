import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { localDateKey } from "./calendar";
import { currentStreak, longestStreak } from "./streak";

const at = (iso: string) => new Date(iso);

const ZONES = ["UTC", "Pacific/Auckland", "America/Los_Angeles", "America/New_York", "Asia/Kolkata"];

describe("currentStreak and longestStreak", () => {
  it("are 0 with no attempts", () => {
    expect(currentStreak([], "UTC", at("2026-01-11T09:00:00Z"))).toBe(0);
    expect(longestStreak([], "UTC", at("2026-01-11T09:00:00Z"))).toBe(0);
  });

  describe("the same instants, straddling UTC midnight, in three zones", () => {
    const attempts = [
      at("2026-01-09T10:00:00Z"), // UTC Fri 9th · Auckland Fri 9th 23:00 · LA Fri 9th 02:00
      at("2026-01-10T23:30:00Z"), // UTC Sat 10th · Auckland Sun 11th 12:30 · LA Sat 10th 15:30
      at("2026-01-11T00:30:00Z"), // UTC Sun 11th · Auckland Sun 11th 13:30 · LA Sat 10th 16:30
    ];
    const now = at("2026-01-11T09:00:00Z"); // UTC Sun 11th · Auckland Sun 11th 22:00 · LA Sun 11th 01:00

    it("UTC: Fri, Sat, Sun, today included: 3", () => {
      expect(currentStreak(attempts, "UTC", now)).toBe(3);
      expect(longestStreak(attempts, "UTC", now)).toBe(3);
    });

    it("Pacific/Auckland: Fri, then a gap on Sat, then today: 1", () => {
      expect(currentStreak(attempts, "Pacific/Auckland", now)).toBe(1);
      expect(longestStreak(attempts, "Pacific/Auckland", now)).toBe(1);
    });

    it("America/Los_Angeles: nothing yet today, but Fri and Sat keep the streak alive: 2", () => {
      expect(currentStreak(attempts, "America/Los_Angeles", now)).toBe(2);
      expect(longestStreak(attempts, "America/Los_Angeles", now)).toBe(2);
    });
  });

  it("breaks once a whole local day passes without an attempt", () => {
    const attempts = [at("2026-01-08T12:00:00Z"), at("2026-01-09T12:00:00Z")];
    expect(currentStreak(attempts, "UTC", at("2026-01-10T23:59:59Z"))).toBe(2);
    expect(currentStreak(attempts, "UTC", at("2026-01-11T00:00:00Z"))).toBe(0);
    expect(longestStreak(attempts, "UTC", at("2026-01-11T00:00:00Z"))).toBe(2);
  });

  it("counts several attempts on one day once", () => {
    const attempts = [
      at("2026-01-10T08:00:00Z"),
      at("2026-01-10T08:00:00Z"),
      at("2026-01-10T20:00:00Z"),
      at("2026-01-11T09:00:00Z"),
    ];
    expect(currentStreak(attempts, "UTC", at("2026-01-11T10:00:00Z"))).toBe(2);
    expect(longestStreak(attempts, "UTC", at("2026-01-11T10:00:00Z"))).toBe(2);
  });

  it("ignores attempts after now (clock skew)", () => {
    const attempts = [at("2026-01-12T12:00:00Z"), at("2026-01-13T12:00:00Z")];
    expect(currentStreak(attempts, "UTC", at("2026-01-11T12:00:00Z"))).toBe(0);
    expect(longestStreak(attempts, "UTC", at("2026-01-11T12:00:00Z"))).toBe(0);
  });

  it("finds the longest run in the past, not the current one", () => {
    const attempts = ["01", "02", "03", "04", "07", "09", "10"].map((d) => at(`2026-01-${d}T12:00:00Z`));
    const now = at("2026-01-10T18:00:00Z");
    expect(currentStreak(attempts, "UTC", now)).toBe(2);
    expect(longestStreak(attempts, "UTC", now)).toBe(4);
  });

  describe("across DST changes in America/New_York", () => {
    const zone = "America/New_York";

    it("spring forward (2026-03-08 has 23 hours): yesterday is Mar 8, not now minus 24 hours", () => {
      // 00:30 EST on Sunday 8th; now is 00:15 EDT on Monday 9th, 22h45 later. Subtracting
      // 24 hours would land on Saturday 7th and lose the streak.
      const attempts = [at("2026-03-08T05:30:00Z")];
      expect(currentStreak(attempts, zone, at("2026-03-09T04:15:00Z"))).toBe(1);
    });

    it("spring forward: noon on Mar 7, 8 and 9 is a three-day streak", () => {
      const attempts = [at("2026-03-07T17:00:00Z"), at("2026-03-08T16:00:00Z"), at("2026-03-09T16:00:00Z")];
      expect(currentStreak(attempts, zone, at("2026-03-09T20:00:00Z"))).toBe(3);
      expect(longestStreak(attempts, zone, at("2026-03-09T20:00:00Z"))).toBe(3);
    });

    it("fall back (2026-11-01 has 25 hours): yesterday is Oct 31, not now minus 24 hours", () => {
      // Noon EDT on Saturday 31st; now is 23:30 EST on Sunday 1st. Now minus 24 hours is 00:30
      // EDT on the 1st, which would wrongly make "yesterday" the 1st.
      const attempts = [at("2026-10-31T16:00:00Z")];
      expect(currentStreak(attempts, zone, at("2026-11-02T04:30:00Z"))).toBe(1);
    });

    it("fall back: 01:30 EDT and 01:30 EST on Nov 1 are the same day", () => {
      const attempts = [at("2026-11-01T05:30:00Z"), at("2026-11-01T06:30:00Z"), at("2026-10-31T16:00:00Z")];
      const now = at("2026-11-01T20:00:00Z");
      expect(currentStreak(attempts, zone, now)).toBe(2);
      expect(longestStreak(attempts, zone, now)).toBe(2);
    });
  });

  describe("properties", () => {
    const zone = fc.constantFrom(...ZONES);
    const now = fc.date({
      min: at("2026-01-01T00:00:00Z"),
      max: at("2026-12-31T00:00:00Z"),
      noInvalidDate: true,
    });
    // Attempts within three weeks before (and a day after) now, dense enough to form streaks.
    const scenario = fc.tuple(zone, now).chain(([timeZone, when]) =>
      fc.tuple(
        fc.constant(timeZone),
        fc.constant(when),
        fc.array(
          fc
            .integer({ min: -21 * 24 * 60, max: 24 * 60 })
            .map((minutes) => new Date(when.getTime() + minutes * 60_000)),
          { maxLength: 40 },
        ),
      ),
    );

    it("the current streak is at most the longest, which is at most the number of distinct local days", () => {
      fc.assert(
        fc.property(scenario, ([timeZone, when, attempts]) => {
          const distinct = new Set(attempts.map((t) => localDateKey(t, timeZone))).size;
          const current = currentStreak(attempts, timeZone, when);
          const longest = longestStreak(attempts, timeZone, when);
          expect(current).toBeGreaterThanOrEqual(0);
          expect(current).toBeLessThanOrEqual(longest);
          expect(longest).toBeLessThanOrEqual(distinct);
        }),
      );
    });

    it("an attempt now never lowers the current streak, and makes it at least 1", () => {
      fc.assert(
        fc.property(scenario, ([timeZone, when, attempts]) => {
          const before = currentStreak(attempts, timeZone, when);
          const after = currentStreak([...attempts, when], timeZone, when);
          expect(after).toBeGreaterThanOrEqual(before);
          expect(after).toBeGreaterThanOrEqual(1);
        }),
      );
    });

    it("does not depend on the order of the attempts", () => {
      fc.assert(
        fc.property(scenario, ([timeZone, when, attempts]) => {
          const reversed = [...attempts].reverse();
          expect(currentStreak(reversed, timeZone, when)).toBe(currentStreak(attempts, timeZone, when));
          expect(longestStreak(reversed, timeZone, when)).toBe(longestStreak(attempts, timeZone, when));
        }),
      );
    });
  });
});
