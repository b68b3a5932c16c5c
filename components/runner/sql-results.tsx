import { describeSqlVerdict, type SqlResult, type SqlVerdict } from "@/lib/runner/sql-compare";

/** The rows shown of a result; the rest are counted. */
export const SHOWN_RESULT_ROWS = 200;

export function SqlResultTable({ result, cut }: { result: SqlResult; cut: null | "rows" | "bytes" }) {
  const shown = result.rows.slice(0, SHOWN_RESULT_ROWS);
  const count = result.rows.length;
  return (
    <div className="grid gap-2">
      <p className="text-sm text-muted-foreground">
        {count === 0 ? "No rows." : `${count.toLocaleString("en-US")} row${count === 1 ? "" : "s"}`}
        {count > SHOWN_RESULT_ROWS ? `; the first ${SHOWN_RESULT_ROWS} are shown.` : count > 0 ? "." : ""}
        {cut === "rows"
          ? " The result was cut at 10,000 rows."
          : cut === "bytes"
            ? " The result was cut at 1 MB."
            : ""}
      </p>
      {result.columns.length > 0 ? (
        <div
          className="max-h-96 overflow-auto rounded-md border"
          tabIndex={0}
          role="region"
          aria-label="Query result"
        >
          <table className="w-full text-left font-mono text-xs">
            <thead className="sticky top-0 bg-muted">
              <tr>
                {result.columns.map((column, index) => (
                  <th key={index} scope="col" className="px-2 py-1.5 font-semibold">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y">
              {shown.map((row, r) => (
                <tr key={r}>
                  {row.map((value, c) => (
                    <td key={c} className="px-2 py-1 whitespace-pre">
                      {value === null ? <span className="text-muted-foreground italic">NULL</span> : value}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}

/** What a submission found: "Correct", or how the result differs, without the right answer. */
export function SqlVerdictView({ verdict }: { verdict: SqlVerdict }) {
  const lines = describeSqlVerdict(verdict);
  if (verdict.passed) {
    return (
      <div className="rounded-md border border-success p-3 text-sm">
        <p className="font-semibold text-success">Correct: your result matches.</p>
        {lines.length > 0 ? <p className="mt-1">{lines.join(" ")}</p> : null}
      </div>
    );
  }
  return (
    <div className="rounded-md border border-destructive p-3 text-sm">
      <p className="font-semibold text-destructive">Not yet: your result differs from the right one.</p>
      <ul className="mt-1 list-disc pl-5">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
