// The checked code of a question (docs/content/questions.md): fenced blocks found by their info
// strings. Pure parsing, so the content check and its tests share one reading of the format.

export interface FencedBlock {
  info: string;
  code: string;
}

/** Every fenced block (``` or ~~~) in a markdown text, with its info string. */
export function fencedBlocks(markdown: string): FencedBlock[] {
  const blocks: FencedBlock[] = [];
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const open = /^\s*(`{3,}|~{3,})\s*(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[1]!;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !lines[j]!.trim().startsWith(fence)) body.push(lines[j++]!);
    blocks.push({ info: open[2]!.trim(), code: body.join("\n") });
    i = j;
  }
  return blocks;
}

export function blockWithInfo(markdown: string, info: string): string | null {
  return fencedBlocks(markdown).find((b) => b.info === info)?.code ?? null;
}

/** Parses CSV as written in questions: a header row, then rows; fields may be "quoted". */
export function parseCsv(text: string): string[][] {
  return text
    .trim()
    .split("\n")
    .map((line) => {
      const cells: string[] = [];
      let cell = "";
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const ch = line[i]!;
        if (quoted) {
          if (ch === '"' && line[i + 1] === '"') {
            cell += '"';
            i++;
          } else if (ch === '"') quoted = false;
          else cell += ch;
        } else if (ch === '"') quoted = true;
        else if (ch === ",") {
          cells.push(cell);
          cell = "";
        } else cell += ch;
      }
      cells.push(cell);
      return cells.map((c) => c.trim());
    });
}

/** Words in an answer, leaving code out: a long query is not a long explanation. */
export function proseWordCount(markdown: string): number {
  const prose = markdown.replace(/(```|~~~)[\s\S]*?\1/g, " ");
  return prose.split(/\s+/).filter((word) => /[A-Za-z0-9]/.test(word)).length;
}
