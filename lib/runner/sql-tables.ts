// The tables a SQL question's setup creates, with their columns, for the code panel to list before
// any SQL has run (the runtime loads only when it is needed). Read from the CREATE TABLE
// statements of the question's own setup; `npm run content:check` compares what this reads with
// what PostgreSQL reports after running the setup, so a statement this cannot read fails the check.

export interface SqlColumn {
  name: string;
  type: string;
}

export interface SqlTable {
  name: string;
  columns: SqlColumn[];
}

const TABLE_CONSTRAINT = /^(primary\s+key|unique|constraint|foreign\s+key|check|exclude)\b/i;
/** Where a column's type ends and its constraints begin. */
const COLUMN_CONSTRAINT =
  /\s+(not\s+null|null|default|primary\s+key|unique|references|check|constraint|generated|collate)\b/i;

/** Splits at commas outside parentheses and quotes. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let current = "";
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "," && depth === 0) {
      parts.push(current);
      current = "";
      continue;
    }
    current += ch;
  }
  if (current.trim()) parts.push(current);
  return parts.map((part) => part.trim()).filter(Boolean);
}

const unquote = (name: string) => (name.startsWith('"') ? name.slice(1, -1) : name.toLowerCase());

/** The body of the parenthesis that starts at `open`, or null when it never closes. */
function parenthesised(text: string, open: number): string | null {
  let depth = 0;
  let quote: string | null = null;
  for (let i = open; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === "(") depth++;
    else if (ch === ")" && --depth === 0) return text.slice(open + 1, i);
  }
  return null;
}

export function parseCreateTables(setup: string): SqlTable[] {
  const withoutComments = setup.replace(/--[^\n]*/g, "").replace(/\/\*[\s\S]*?\*\//g, "");
  const tables: SqlTable[] = [];
  const pattern =
    /create\s+(?:temp(?:orary)?\s+)?table\s+(?:if\s+not\s+exists\s+)?((?:"[^"]+"|[\w.]+))\s*\(/gi;
  for (const match of withoutComments.matchAll(pattern)) {
    const body = parenthesised(withoutComments, match.index + match[0].length - 1);
    if (body === null) continue;
    const columns = splitTopLevel(body)
      .filter((definition) => !TABLE_CONSTRAINT.test(definition))
      .map((definition) => {
        const name = /^("[^"]+"|\S+)/.exec(definition)![1]!;
        const rest = definition.slice(name.length).trim();
        const type = rest.split(COLUMN_CONSTRAINT)[0]!.trim().replace(/\s+/g, " ").toLowerCase();
        return { name: unquote(name), type };
      });
    tables.push({ name: unquote(match[1]!.split(".").at(-1)!), columns });
  }
  return tables;
}
