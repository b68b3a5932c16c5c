import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  DEFAULT_TIME_ZONE,
  addDays,
  attemptHeatMap,
  countDue,
  heatLevel,
  isValidTimeZone,
  isoWeekday,
  localDateKey,
} from "./calendar";

const at = (iso: string) => new Date(iso);

const ZONES = ["UTC", "Pacific/Auckland", "America/Los_Angeles", "America/New_York", "Asia/Kolkata"];
const zone = fc.constantFrom(...ZONES);
// 2020–2030: wide enough to cross many DST changes, narrow enough to keep keys four-digit.
const instant = fc.date({
  min: at("2020-01-01T00:00:00Z"),
  max: at("2030-12-31T00:00:00Z"),
  noInvalidDate: true,
});

describe("localDateKey", () => {
  it("gives the same instant different dates on either side of UTC midnight", () => {
    const instantNearMidnight = at("2026-01-10T23:30:00Z");
    expect(localDateKey(instantNearMidnight, "UTC")).toBe("2026-01-10");
    expect(localDateKey(instantNearMidnight, "Pacific/Auckland")).toBe("2026-01-11"); // 12:30 NZDT
    expect(localDateKey(instantNearMidnight, "America/Los_Angeles")).toBe("2026-01-10"); // 15:30 PST
    expect(localDateKey(at("2026-01-11T07:59:59Z"), "America/Los_Angeles")).toBe("2026-01-10");
    expect(localDateKey(at("2026-01-11T08:00:00Z"), "America/Los_Angeles")).toBe("2026-01-11");
  });

  it("follows DST: New York is UTC-5 before 2026-03-08 02:00 and UTC-4 after", () => {
    expect(localDateKey(at("2026-03-08T04:59:00Z"), "America/New_York")).toBe("2026-03-07"); // 23:59 EST
    expect(localDateKey(at("2026-03-08T05:00:00Z"), "America/New_York")).toBe("2026-03-08"); // 00:00 EST
    expect(localDateKey(at("2026-03-09T03:59:00Z"), "America/New_York")).toBe("2026-03-08"); // 23:59 EDT
    expect(localDateKey(at("2026-03-09T04:00:00Z"), "America/New_York")).toBe("2026-03-09"); // 00:00 EDT
  });

  it("rejects an invalid Date and an unknown zone", () => {
    expect(() => localDateKey(new Date(Number.NaN), "UTC")).toThrow(RangeError);
    expect(() => localDateKey(at("2026-01-01T00:00:00Z"), "Mars/Olympus_Mons")).toThrow(RangeError);
  });
});

describe("isValidTimeZone", () => {
  it("accepts IANA zones and rejects the rest", () => {
    expect(isValidTimeZone(DEFAULT_TIME_ZONE)).toBe(true);
    expect(isValidTimeZone("Pacific/Auckland")).toBe(true);
    expect(isValidTimeZone("America/Los_Angeles")).toBe(true);
    expect(isValidTimeZone("")).toBe(false);
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isValidTimeZone("not a zone")).toBe(false);
  });
});

describe("addDays", () => {
  it.each([
    ["2026-03-07", 1, "2026-03-08"],
    ["2026-03-08", 1, "2026-03-09"],
    ["2026-11-01", -1, "2026-10-31"],
    ["2026-12-31", 1, "2027-01-01"],
    ["2028-02-28", 1, "2028-02-29"],
    ["2026-03-01", -1, "2026-02-28"],
    ["2026-11-03", 0, "2026-11-03"],
    ["2026-11-03", -77, "2026-08-18"],
  ])("%s + %i days is %s", (key, days, expected) => {
    expect(addDays(key, days)).toBe(expected);
  });

  it("rejects malformed keys and fractional days", () => {
    expect(() => addDays("2026-3-7", 1)).toThrow(RangeError);
    expect(() => addDays("2026-03-07", 0.5)).toThrow(RangeError);
  });

  it("is undone by the opposite shift, and moves the weekday along", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -400, max: 400 }), (time, days) => {
        const key = localDateKey(time, "UTC");
        expect(addDays(addDays(key, days), -days)).toBe(key);
        expect(isoWeekday(addDays(key, days))).toBe((((isoWeekday(key) + days) % 7) + 7) % 7);
      }),
    );
  });
});

describe("isoWeekday", () => {
  it("counts from Monday", () => {
    expect(isoWeekday("2026-11-02")).toBe(0); // Monday
    expect(isoWeekday("2026-11-03")).toBe(1); // Tuesday
    expect(isoWeekday("2026-11-08")).toBe(6); // Sunday
  });
});

describe("attemptHeatMap", () => {
  // Tuesday 3 November 2026, noon in UTC.
  const now = at("2026-11-03T12:00:00Z");

  it("lays out 12 Monday-first weeks ending with the week of today", () => {
    const map = attemptHeatMap([], "UTC", now);
    expect(map.weeks).toHaveLength(12);
    expect(map.weeks[0]?.days[0]?.date).toBe("2026-08-17");
    expect(map.weeks[11]?.days.map((d) => [d.date, d.inFuture])).toEqual([
      ["2026-11-02", false],
      ["2026-11-03", false],
      ["2026-11-04", true],
      ["2026-11-05", true],
      ["2026-11-06", true],
      ["2026-11-07", true],
      ["2026-11-08", true],
    ]);
    expect(map).toMatchObject({ total: 0, activeDays: 0, maxCount: 0 });
  });

  it("counts only attempts inside the window, by local day", () => {
    const map = attemptHeatMap(
      [
        at("2026-08-16T12:00:00Z"), // Sunday before the window
        at("2026-08-17T00:00:00Z"), // first day of the window
        at("2026-11-03T01:00:00Z"), // today, twice
        at("2026-11-03T23:59:59Z"),
        at("2026-11-03T09:00:00Z"),
        at("2026-11-04T00:00:00Z"), // tomorrow: clock skew, not counted
      ],
      "UTC",
      now,
    );
    expect(map).toMatchObject({ total: 4, activeDays: 2, maxCount: 3 });
    expect(map.weeks[0]?.days[0]).toEqual({ date: "2026-08-17", count: 1, inFuture: false });
    expect(map.weeks[11]?.days[1]).toEqual({ date: "2026-11-03", count: 3, inFuture: false });
    expect(map.weeks[11]?.days[2]).toEqual({ date: "2026-11-04", count: 0, inFuture: true });
  });

  it("puts today in the learner's zone: 23:30 UTC on Sunday is Monday in Auckland", () => {
    const sundayNight = at("2026-11-08T23:30:00Z");
    const utc = attemptHeatMap([sundayNight], "UTC", sundayNight);
    const auckland = attemptHeatMap([sundayNight], "Pacific/Auckland", sundayNight);
    expect(utc.weeks.at(-1)?.days[6]).toEqual({ date: "2026-11-08", count: 1, inFuture: false });
    expect(auckland.weeks.at(-1)?.days[0]).toEqual({ date: "2026-11-09", count: 1, inFuture: false });
    expect(auckland.weeks.at(-1)?.days[1]?.inFuture).toBe(true);
  });

  it("takes another number of weeks and rejects nonsense", () => {
    expect(attemptHeatMap([], "UTC", now, 1).weeks).toHaveLength(1);
    expect(() => attemptHeatMap([], "UTC", now, 0)).toThrow(RangeError);
    expect(() => attemptHeatMap([], "UTC", now, 2.5)).toThrow(RangeError);
  });

  it("holds its shape and totals for any attempts, zone and day", () => {
    fc.assert(
      fc.property(
        fc.array(instant, { maxLength: 60 }),
        zone,
        instant,
        fc.integer({ min: 1, max: 20 }),
        (attempts, timeZone, when, weeks) => {
          const map = attemptHeatMap(attempts, timeZone, when, weeks);
          const today = localDateKey(when, timeZone);
          const first = map.weeks[0]?.days[0]?.date ?? "";
          const last = map.weeks.at(-1);

          expect(map.weeks).toHaveLength(weeks);
          for (const week of map.weeks) {
            expect(week.days).toHaveLength(7);
            expect(isoWeekday(week.days[0]?.date ?? "")).toBe(0);
          }
          expect(last?.days.some((d) => d.date === today && !d.inFuture)).toBe(true);
          expect(map.weeks.flatMap((w) => w.days).filter((d) => d.inFuture)).toHaveLength(
            6 - isoWeekday(today),
          );

          const inside = attempts.filter((t) => {
            const key = localDateKey(t, timeZone);
            return key >= first && key <= today;
          });
          const days = map.weeks.flatMap((w) => w.days);
          expect(map.total).toBe(inside.length);
          expect(days.reduce((sum, d) => sum + d.count, 0)).toBe(map.total);
          expect(map.activeDays).toBe(days.filter((d) => d.count > 0).length);
          expect(map.maxCount).toBe(Math.max(0, ...days.map((d) => d.count)));
        },
      ),
    );
  });
});

describe("heatLevel", () => {
  it.each([
    [0, 0, 0],
    [0, 8, 0],
    [1, 8, 1],
    [2, 8, 1],
    [3, 8, 2],
    [5, 8, 3],
    [7, 8, 4],
    [8, 8, 4],
    [1, 1, 4],
    [3, 0, 4],
  ])("%i of a busiest day of %i is level %i", (count, max, level) => {
    expect(heatLevel(count, max)).toBe(level);
  });

  it("never decreases with the count, and shows any attempt", () => {
    fc.assert(
      fc.property(fc.nat(100), fc.nat(100), fc.integer({ min: 1, max: 100 }), (a, b, max) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(heatLevel(Math.min(low, max), max)).toBeLessThanOrEqual(heatLevel(Math.min(high, max), max));
        if (low > 0) expect(heatLevel(Math.min(low, max), max)).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});

describe("countDue", () => {
  // 23:30 on Saturday 10 January 2026 in Los Angeles (PST, UTC-8).
  const now = at("2026-01-11T07:30:00Z");
  const losAngeles = "America/Los_Angeles";

  it("counts by the learner's calendar, not UTC's", () => {
    const due = [
      at("2026-01-01T12:00:00Z"), // overdue
      at("2026-01-11T07:59:00Z"), // 23:59 tonight: today
      at("2026-01-11T08:00:00Z"), // 00:00 tomorrow: this week only
      at("2026-01-17T07:59:00Z"), // 23:59 on Friday 16th, six days on: this week
      at("2026-01-17T08:00:00Z"), // 00:00 on Saturday 17th: next week
    ];
    expect(countDue(due, losAngeles, now)).toEqual({ overdueOrToday: 2, thisWeek: 4 });
    // In UTC it is already Sunday 11th, so the item due at 08:00Z is today's too.
    expect(countDue(due, "UTC", now)).toEqual({ overdueOrToday: 3, thisWeek: 5 });
  });

  it("returns zeros for nothing due", () => {
    expect(countDue([], losAngeles, now)).toEqual({ overdueOrToday: 0, thisWeek: 0 });
  });

  it("always counts today's within the week's", () => {
    fc.assert(
      fc.property(fc.array(instant, { maxLength: 30 }), zone, instant, (due, timeZone, when) => {
        const { overdueOrToday, thisWeek } = countDue(due, timeZone, when);
        expect(overdueOrToday).toBeLessThanOrEqual(thisWeek);
        expect(thisWeek).toBeLessThanOrEqual(due.length);
      }),
    );
  });
});
