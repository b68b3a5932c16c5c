// Titles and hints are one line of plain text, but authors write code in them the Markdown way, with
// backticks: "Why does `model.fit()` return …". Printed as it is, the backticks show (issue 17).
// These split such a line into text and code, as CommonMark reads code spans. Browser-safe.

export interface InlineSegment {
  text: string;
  /** Whether the text was a `code` span (its backticks removed). */
  code: boolean;
}

/**
 * The line as plain text and code spans. A code span opens with a run of backticks and closes at the
 * next run of exactly as many, so ``a ` b`` holds a backtick; a run that is never closed is plain
 * text. Inside a span, line breaks become spaces and one space is taken off each end when both ends
 * have one (so `` `x` `` is "`x`"), as in CommonMark. Backslash escapes are not read: neither titles
 * nor hints use them.
 */
export function splitInlineCode(line: string): InlineSegment[] {
  const segments: InlineSegment[] = [];
  let plain = "";
  let index = 0;
  while (index < line.length) {
    const open = line.indexOf("`", index);
    if (open === -1) {
      plain += line.slice(index);
      break;
    }
    plain += line.slice(index, open);
    const fence = backtickRun(line, open);
    const close = closingRun(line, open + fence, fence);
    if (close === -1) {
      // Never closed: the backticks are text.
      plain += line.slice(open, open + fence);
      index = open + fence;
      continue;
    }
    if (plain) segments.push({ text: plain, code: false });
    plain = "";
    segments.push({ text: codeContent(line.slice(open + fence, close)), code: true });
    index = close + fence;
  }
  if (plain) segments.push({ text: plain, code: false });
  return segments;
}

/** The line with its code spans' backticks removed: for a page's <title>, an aria-label or sorting. */
export function plainInlineText(line: string): string {
  return splitInlineCode(line)
    .map((segment) => segment.text)
    .join("");
}

function backtickRun(line: string, from: number): number {
  let end = from;
  while (line[end] === "`") end++;
  return end - from;
}

/** Where the next run of exactly `length` backticks starts, or -1. */
function closingRun(line: string, from: number, length: number): number {
  let index = from;
  while (index < line.length) {
    const start = line.indexOf("`", index);
    if (start === -1) return -1;
    const run = backtickRun(line, start);
    if (run === length) return start;
    index = start + run;
  }
  return -1;
}

function codeContent(raw: string): string {
  const text = raw.replace(/\r\n|\r|\n/g, " ");
  return text.length >= 2 && text.startsWith(" ") && text.endsWith(" ") && text.trim() !== ""
    ? text.slice(1, -1)
    : text;
}
