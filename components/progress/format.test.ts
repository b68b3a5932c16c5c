import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { attemptHeatMap } from "@/lib/progress/calendar";

import {
  dayTitle,
  formatAttempts,
  formatDayKey,
  formatDemand,
  formatMastery,
  heatMapSummary,
  masteryShare,
  monthLabels,
} from "./format";

const at = (iso: string) => new Date(iso);

describe("formatDayKey and dayTitle", () => {
  it("write a date key the way the tooltips do", () => {
    expect(formatDayKey("2026-11-03")).toBe("Tue 3 Nov 2026");
    expect(formatDayKey("2026-03-08")).toBe("Sun 8 Mar 2026");
    expect(formatDayKey("2028-02-29")).toBe("Tue 29 Feb 2028");
    expect(dayTitle(3, "2026-11-03")).toBe("3 attempts on Tue 3 Nov 2026");
    expect(dayTitle(1, "2026-11-03")).toBe("1 attempt on Tue 3 Nov 2026");
    expect(dayTitle(0, "2026-11-03")).toBe("No attempts on Tue 3 Nov 2026");
  });

  it("formatAttempts groups thousands", () => {
    expect(formatAttempts(1200)).toBe("1,200 attempts");
  });
});

describe("heatMapSummary", () => {
  const now = at("2026-11-03T12:00:00Z");

  it("sums up the window in a sentence", () => {
    const attempts = [at("2026-11-03T09:00:00Z"), at("2026-11-03T10:00:00Z"), at("2026-11-02T10:00:00Z")];
    expect(heatMapSummary(attemptHeatMap(attempts, "UTC", now))).toBe(
      "3 attempts on 2 days in the last 12 weeks",
    );
    expect(heatMapSummary(attemptHeatMap(attempts.slice(0, 1), "UTC", now))).toBe(
      "1 attempt on 1 day in the last 12 weeks",
    );
    expect(heatMapSummary(attemptHeatMap([], "UTC", now))).toBe("No attempts in the last 12 weeks");
    expect(heatMapSummary(attemptHeatMap([], "UTC", now, 1))).toBe("No attempts this week");
  });
});

describe("monthLabels", () => {
  it("labels the first column and each column whose Monday starts a new month", () => {
    // Columns start Mon 17 Aug 2026 … Mon 2 Nov 2026.
    const { weeks } = attemptHeatMap([], "UTC", at("2026-11-03T12:00:00Z"));
    expect(monthLabels(weeks)).toEqual([
      { column: 0, label: "Aug" },
      { column: 3, label: "Sep" },
      { column: 7, label: "Oct" },
      { column: 11, label: "Nov" },
    ]);
  });

  it("drops the first column's label when the next month starts right after it", () => {
    // Columns start Mon 27 Jul 2026 … Mon 12 Oct 2026; August starts in the second column.
    const { weeks } = attemptHeatMap([], "UTC", at("2026-10-13T12:00:00Z"));
    expect(weeks[0]?.days[0]?.date).toBe("2026-07-27");
    expect(monthLabels(weeks)[0]).toEqual({ column: 1, label: "Aug" });
  });

  it("keeps labels at least two columns apart, in order, for any week", () => {
    fc.assert(
      fc.property(
        fc.date({ min: at("2020-01-01T00:00:00Z"), max: at("2030-12-31T00:00:00Z"), noInvalidDate: true }),
        fc.integer({ min: 1, max: 53 }),
        (now, count) => {
          const labels = monthLabels(attemptHeatMap([], "UTC", now, count).weeks);
          expect(labels.length).toBeGreaterThanOrEqual(1);
          labels.slice(1).forEach((label, index) => {
            expect(label.column - (labels[index]?.column ?? 0)).toBeGreaterThanOrEqual(2);
          });
        },
      ),
    );
  });
});

describe("mastery and demand", () => {
  it("clamp mastery to the track and print it in whole points", () => {
    expect(masteryShare(0.666)).toBe(0.666);
    expect(masteryShare(1.2)).toBe(1);
    expect(masteryShare(-0.1)).toBe(0);
    expect(masteryShare(Number.NaN)).toBe(0);
    expect(formatMastery(0.666)).toBe("67%");
    expect(formatMastery(2)).toBe("100%");
  });

  it("print demand as the source does, or say it is not reported", () => {
    expect(formatDemand(0.31)).toBe("asked in 31% of postings");
    expect(formatDemand(0.069)).toBe("asked in 6.9% of postings");
    expect(formatDemand(null)).toBe("demand not reported");
  });
});
