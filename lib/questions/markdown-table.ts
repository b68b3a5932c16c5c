// What components/questions/markdown-table.tsx needs to know of a Markdown table, read from the hast
// tree react-markdown hands it: a name for its scroll box (Markdown tables have no caption, so the
// name comes from the header row), and whether every cell is short enough to stay on one line.
// Browser-safe.

/** The parts of a hast node the label reads: hast's Element and Text, structurally. */
export interface HastLike {
  type: string;
  tagName?: string;
  value?: string;
  children?: HastLike[];
}

/**
 * The table's column heads, in order, after "Table: " or, given the part of the page the text is,
 * "Table in <part>: ", e.g. "Table in the model answer: arm, users, CTR"; the part tells apart two
 * tables with the same heads on one page (a note copying the question's table; two answers in a
 * mock's report). "Table" or "Table in <part>" alone when no head has text. Inline markup in a
 * head counts as its text (`**p**` reads "p").
 */
export function tableLabel(table: HastLike | undefined, part?: string): string {
  const heads = headerCells(table)
    .map(cellText)
    .filter((text) => text !== "");
  const name = part ? `Table in ${part}` : "Table";
  return heads.length > 0 ? `${name}: ${heads.join(", ")}` : name;
}

/**
 * Whether every cell, heads included, holds at most `maxLength` characters: a table of figures
 * ("0.75 (400), 0.25 (400)"), whose cells read better unbroken, the table scrolling instead. A table
 * with a sentence in a cell wraps it, as text does.
 */
export function cellsAreShort(table: HastLike | undefined, maxLength = SHORT_CELL): boolean {
  const cells = findAll(table, (node) => node.tagName === "th" || node.tagName === "td");
  return cells.length > 0 && cells.every((cell) => cellText(cell).length <= maxLength);
}

/** Characters: the longest figures in the bank's tables ("1/3 (600), 1.0 (200)") fit, phrases do not. */
const SHORT_CELL = 24;

/**
 * A rough width in CSS pixels the table needs at its narrowest, as the prose style sets it (14 px
 * text, about 8 px a character, 16 px of padding a cell): each column as wide as its longest cell
 * when the cells stay on one line (`shortCells`), else as its longest word. Enough to tell a table
 * that will overflow a phone's 328 px column from one that fits; not a layout.
 */
export function estimatedWidth(table: HastLike | undefined, shortCells = cellsAreShort(table)): number {
  const rows = findAll(table, (node) => node.tagName === "tr");
  const widths: number[] = [];
  for (const row of rows) {
    (row.children ?? [])
      .filter((node) => node.tagName === "th" || node.tagName === "td")
      .forEach((cell, column) => {
        const text = cellText(cell);
        const chars = shortCells ? text.length : Math.max(0, ...text.split(" ").map((word) => word.length));
        widths[column] = Math.max(widths[column] ?? 0, chars * CHAR_PX + CELL_PADDING_PX);
      });
  }
  return widths.reduce((sum, width) => sum + width, 0);
}

const CHAR_PX = 8;
const CELL_PADDING_PX = 16;

function headerCells(table: HastLike | undefined): HastLike[] {
  const firstRow = findFirst(table, (node) => node.tagName === "tr");
  return (firstRow?.children ?? []).filter((node) => node.tagName === "th");
}

function findFirst(node: HastLike | undefined, matches: (node: HastLike) => boolean): HastLike | undefined {
  if (!node) return undefined;
  if (matches(node)) return node;
  for (const child of node.children ?? []) {
    const found = findFirst(child, matches);
    if (found) return found;
  }
  return undefined;
}

function findAll(node: HastLike | undefined, matches: (node: HastLike) => boolean): HastLike[] {
  if (!node) return [];
  return [
    ...(matches(node) ? [node] : []),
    ...(node.children ?? []).flatMap((child) => findAll(child, matches)),
  ];
}

/** A cell's text as it reads: its markup's text, runs of white space as one space, trimmed. */
function cellText(cell: HastLike): string {
  return textOf(cell).replace(/\s+/g, " ").trim();
}

function textOf(node: HastLike): string {
  if (node.type === "text") return node.value ?? "";
  return (node.children ?? []).map(textOf).join("");
}
