// Words and geometry for the progress charts; no React, so Vitest can cover them. Numbers are
// written with lib/format.ts, like everywhere else.

import { formatCount, formatPercentRounded, formatShare } from "@/lib/format";
import type { AttemptHeatMapData, HeatMapWeek } from "@/lib/progress/calendar";

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function parts(key: string): { year: number; month: number; day: number } {
  const [year = "", month = "", day = ""] = key.split("-");
  return { year: Number(year), month: Number(month), day: Number(day) };
}

/**
 * "2026-11-03" → "Tue 3 Nov 2026". Written by hand rather than with Intl so the server and every
 * reader see the same words, and a key (already a local date) is never shifted by a time zone.
 */
export function formatDayKey(key: string): string {
  const { year, month, day } = parts(key);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return `${WEEKDAYS[date.getUTCDay()] ?? ""} ${day} ${MONTHS[month - 1] ?? ""} ${year}`;
}

/** 0 → "No attempts", 1 → "1 attempt", 1200 → "1,200 attempts". */
export function formatAttempts(count: number): string {
  if (count === 0) return "No attempts";
  return `${formatCount(count)} ${count === 1 ? "attempt" : "attempts"}`;
}

/** A square's tooltip: "3 attempts on Tue 3 Nov 2026". */
export function dayTitle(count: number, key: string): string {
  return `${formatAttempts(count)} on ${formatDayKey(key)}`;
}

/** "42 attempts on 17 days in the last 12 weeks"; "No attempts in the last 12 weeks". */
export function heatMapSummary(data: AttemptHeatMapData): string {
  const weeks = data.weeks.length;
  const period = weeks === 1 ? "this week" : `in the last ${formatCount(weeks)} weeks`;
  if (data.total === 0) return `No attempts ${period}`;
  const days = `${formatCount(data.activeDays)} ${data.activeDays === 1 ? "day" : "days"}`;
  return `${formatAttempts(data.total)} on ${days} ${period}`;
}

export interface MonthLabel {
  /** The week column the label sits above. */
  column: number;
  /** "Nov". */
  label: string;
}

/**
 * Month names above the calendar: one over the first column whose Monday falls in a new month.
 * The first column is labelled with its own month too, unless the next label follows right after
 * it, where the two three-letter names would touch.
 */
export function monthLabels(weeks: HeatMapWeek[]): MonthLabel[] {
  const labels: MonthLabel[] = [];
  let previousMonth: number | undefined;
  weeks.forEach((week, column) => {
    const monday = week.days[0];
    if (!monday) return;
    const { month } = parts(monday.date);
    if (month !== previousMonth) labels.push({ column, label: MONTHS[month - 1] ?? "" });
    previousMonth = month;
  });
  const [first, second] = labels;
  if (first?.column === 0 && second && second.column < 2) labels.shift();
  return labels;
}

/** A mastery score as a share of the 0–100% track: clamped, and NaN read as nothing learned. */
export function masteryShare(mastery: number): number {
  return Number.isFinite(mastery) ? Math.min(1, Math.max(0, mastery)) : 0;
}

/** A computed mastery, in whole points: 0.666 → "67%". */
export function formatMastery(mastery: number): string {
  return formatPercentRounded(masteryShare(mastery));
}

function isReportedDemand(demand: number | null): demand is number {
  return demand !== null && Number.isFinite(demand);
}

/** A published demand share in a sentence: 0.31 → "asked in 31% of postings". */
export function formatDemand(demand: number | null): string {
  return isReportedDemand(demand) ? `asked in ${formatShare(demand)} of postings` : "demand not reported";
}
