// How figures are written on the page. One place, so a share reads the same everywhere.

const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });
const count = new Intl.NumberFormat("en-US");

/** 151500 → "$151,500"; negative amounts keep their sign: -3700 → "-$3,700". */
export function formatUsd(value: number): string {
  return usd.format(value);
}

/** A signed premium as sources print it: 31000 → "+$31,000". */
export function formatUsdChange(value: number): string {
  return value > 0 ? `+${usd.format(value)}` : usd.format(value);
}

export function formatCount(value: number): string {
  return count.format(value);
}

// Whole percentages print without a decimal ("46%"); others keep the one decimal sources print
// ("6.9%"). signDisplay "negative" keeps a tiny negative that rounds to zero from printing "-0%".
const shareFormat = new Intl.NumberFormat("en-US", {
  style: "percent",
  maximumFractionDigits: 1,
  useGrouping: false,
  signDisplay: "negative",
});

/**
 * A share as a percentage with the precision sources publish: 0.46 → "46%", 0.069 → "6.9%",
 * 0.675 → "67.5%". Throws on NaN and infinities, which are bugs upstream, not figures.
 */
export function formatShare(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`formatShare expects a finite number, got ${value}`);
  return shareFormat.format(value);
}

/** A computed percentage, rounded to whole points: 0.2825 → "28%". */
export function formatPercentRounded(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/** 1.5509 → "1.55×". */
export function formatRatio(value: number): string {
  return `${value.toFixed(2)}×`;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2026-06" → "June 2026". */
export function formatMonth(month: string): string {
  const [year, index] = month.split("-");
  return `${MONTHS[Number(index) - 1] ?? month} ${year}`;
}

/** The first day of a data month (as stored) → "June 2026". */
export function formatMonthOf(firstDay: Date): string {
  return formatMonth(firstDay.toISOString().slice(0, 7));
}

/** A calendar date in the reader's language-neutral long form: "28 November 2026" (UTC). */
export function formatDate(date: Date, timeZone = "UTC"): string {
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone,
  }).format(date);
}

/** A moment to the minute, as the security log shows it: "28 November 2026, 14:05" (UTC by default). */
export function formatDateTime(date: Date, timeZone = "UTC"): string {
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
  }).format(date);
}
