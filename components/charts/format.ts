// Pure geometry for the charts in this folder; no React, so Vitest can cover it. Figures are
// written with lib/format.ts, like everywhere else.

/**
 * The length of a bar as an SVG percentage ("46%"), clamped to the 0–100% track so that a
 * figure slightly outside [0, 1] (a rounding artefact in the source) cannot overflow it.
 */
export function barLength(value: number): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0));
  // Two decimals of a percent are far below a pixel at any width the charts are shown.
  return `${Math.round(clamped * 10_000) / 100}%`;
}

/** True when a value is a figure to draw; null (and, defensively, NaN) means "not reported". */
export function isReported(value: number | null | undefined): value is number {
  return typeof value === "number" && Number.isFinite(value);
}
