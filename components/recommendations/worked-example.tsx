import { formatPercentRounded, formatShare } from "@/lib/format";
import type { WorkedExampleRow } from "@/lib/recommendations/worked-example";

/** How many skills get their gap worked out step by step. */
const STEPS = 3;
/** Up to this many skills, the readiness sums are written out term by term; beyond it, as totals. */
const MAX_TERMS = 8;

const fixed = (x: number) => x.toFixed(2);

/**
 * The plan's arithmetic written out: g(s) = d(s) × (1 − m(s)) for the first three rows, then
 * readiness = Σ d·m / Σ d over every row. `rows` come in the order to show them (the plan's,
 * largest gap first); the figures are printed to two decimals, the sums use the exact values.
 */
export function WorkedExample({
  roleName,
  rows,
  readiness,
  headingLevel = 3,
}: {
  roleName: string;
  rows: readonly WorkedExampleRow[];
  readiness: number;
  /** The level of the two step headings, to fit the page around it. */
  headingLevel?: 2 | 3 | 4;
}) {
  const Heading = `h${headingLevel}` as const;
  if (rows.length === 0) {
    return (
      <p className="text-sm text-muted-foreground">
        No skill demand figures for {roleName}, so nothing to work out.
      </p>
    );
  }
  const numerator = rows.reduce((sum, r) => sum + r.demand * r.mastery, 0);
  const denominator = rows.reduce((sum, r) => sum + r.demand, 0);
  const writeTerms = rows.length <= MAX_TERMS;
  return (
    <div className="space-y-5">
      <div>
        <Heading className="text-subheading">Step 1: the gap for each skill</Heading>
        <p className="mt-1 text-sm text-muted-foreground">
          Gap = demand × (1 − mastery), for the {Math.min(STEPS, rows.length)} largest gaps for {roleName}.
        </p>
        <ol className="mt-3 space-y-2">
          {rows.slice(0, STEPS).map((r, i) => (
            <li key={`${i}-${r.skillName}`} className="rounded-lg border bg-card px-4 py-3">
              <p className="font-mono text-sm break-words tabular-nums">
                {r.skillName}: {fixed(r.demand)} × (1 − {fixed(r.mastery)}) = {fixed(r.gap)}
              </p>
              <p className="mt-1 text-sm text-muted-foreground">
                Demand {formatShare(r.demand)} of postings; mastery {fixed(r.mastery)}, {r.masterySource}.
              </p>
            </li>
          ))}
        </ol>
      </div>
      <div>
        <Heading className="text-subheading">Step 2: readiness</Heading>
        <p className="mt-1 text-sm text-muted-foreground">
          Readiness = Σ demand × mastery / Σ demand, over all {rows.length}{" "}
          {rows.length === 1 ? "skill" : "skills"} the source reports for {roleName}.
        </p>
        <div className="mt-3 space-y-1 rounded-lg border bg-card px-4 py-3 font-mono text-sm break-words tabular-nums">
          <p>
            Readiness ={" "}
            {writeTerms
              ? `(${rows.map((r) => `${fixed(r.demand)} × ${fixed(r.mastery)}`).join(" + ")}) / (${rows.map((r) => fixed(r.demand)).join(" + ")})`
              : `Σ demand × mastery / Σ demand over ${rows.length} skills`}
          </p>
          <p>
            = {fixed(numerator)} / {fixed(denominator)}
          </p>
          <p>
            = {fixed(readiness)}, that is {formatPercentRounded(readiness)} ready
          </p>
        </div>
      </div>
      <p className="text-sm text-muted-foreground">
        Figures are shown to two decimals; the arithmetic uses the exact values, so a last digit can differ by
        one.
      </p>
    </div>
  );
}
