import { GRADE_LABELS } from "@/lib/progress/grades";
import { formatPercentRounded as percent } from "@/lib/format";
import { SHARE_GRADE_THRESHOLDS } from "@/lib/mock/scoring";

// /methodology on mock interviews: how an answer's rubric share becomes the grade its attempt
// records, read from the thresholds the scoring code applies.

export function MockScoresExplained() {
  const rows = SHARE_GRADE_THRESHOLDS.map((threshold, index) => ({
    range: `${index === 0 ? "0%" : percent(SHARE_GRADE_THRESHOLDS[index - 1]!.below)} to under ${percent(threshold.below)}`,
    grade: GRADE_LABELS[threshold.grade],
  }));
  const last = SHARE_GRADE_THRESHOLDS.at(-1)!;
  rows.push({ range: `${percent(last.below)} and more`, grade: GRADE_LABELS.EASY });
  return (
    <section aria-labelledby="mocks" className="mt-12 max-w-3xl">
      <h2 id="mocks" className="text-heading">
        Mock interview scores
      </h2>
      <p className="mt-3">
        In a mock interview each answer in words is scored by the person against its rubric: three to six
        observable criteria, each worth one to three points. The question&apos;s score is the share of the
        points ticked. A SQL or coding answer scores 1 when the code runner&apos;s check passed and 0
        otherwise, so it is measured rather than self-assessed; a question whose time ran out scores what was
        written before it did. The mock&apos;s overall score is the mean of its questions&apos; scores, and a
        skill&apos;s score the mean over the questions tagged with it.
      </p>
      <p className="mt-3">
        Every question then becomes a practice attempt with the grade below, so a mock moves mastery and the
        review schedule exactly as practising those questions one by one would.
      </p>
      <table className="mt-4 w-full max-w-md text-left text-sm">
        <caption className="sr-only">The grade each share of rubric points records</caption>
        <thead className="text-muted-foreground">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">
              Share of the points
            </th>
            <th scope="col" className="py-2 font-medium">
              Recorded grade
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.range} className="border-t">
              <td className="py-2 pr-4">{row.range}</td>
              <td className="py-2">{row.grade}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
