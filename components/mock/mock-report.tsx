import type { MockReport } from "@/lib/mock/queries";
import { gradeForShare } from "@/lib/mock/scoring";
import { clockText } from "@/lib/mock/time-text";
import { formatPercentRounded as percent } from "@/lib/format";
import { GRADE_LABELS } from "@/lib/progress/grades";
import { Markdown } from "@/components/questions/markdown";
import { InlineTitle } from "@/components/questions/inline-title";
import { Link } from "@/components/ui/link";

/** A scored mock: overall, per question, per skill, and what to practise next. */
export function MockReportView({ report, personal }: { report: MockReport; personal: boolean }) {
  const weakest = report.bySkill.filter((skill) => skill.score < 0.7).slice(0, 3);
  return (
    // Block layout, not grid: a grid item grows to its widest child, and the per-question table
    // must scroll inside its own region at 360 px instead of widening the page.
    <div className="space-y-10">
      <section aria-labelledby="overall" className="grid gap-2">
        <h2 id="overall" className="text-heading">
          Overall: {percent(report.overall ?? 0)}
        </h2>
        <p className="text-sm text-muted-foreground">
          {report.mock.format.name}, {report.mock.lengthMinutes} minutes; {clockText(report.secondsUsed)}{" "}
          used. Each question scores the share of its rubric&apos;s points you ticked (SQL and coding: whether
          the check passed).
        </p>
      </section>

      <section aria-labelledby="per-question">
        <h2 id="per-question" className="text-heading">
          Per question
        </h2>
        <div
          className="mt-3 overflow-x-auto"
          role="region"
          aria-label="Scores per question, scrolls sideways"
          tabIndex={0}
        >
          <table className="w-full min-w-[36rem] text-left text-sm">
            <thead className="text-muted-foreground">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">
                  Question
                </th>
                <th scope="col" className="py-2 pr-3 font-medium">
                  Round
                </th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">
                  Score
                </th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">
                  Time used
                </th>
                <th scope="col" className="py-2 font-medium">
                  Recorded as
                </th>
              </tr>
            </thead>
            <tbody>
              {report.questions.map((question) => (
                <tr key={question.position} className="border-t align-top">
                  <td className="py-2 pr-3">
                    {personal ? (
                      <Link className="link" href={`/questions/${question.slug}`}>
                        <InlineTitle>{question.title}</InlineTitle>
                      </Link>
                    ) : (
                      <InlineTitle>{question.title}</InlineTitle>
                    )}
                    {question.timedOut ? (
                      <span className="block text-xs text-muted-foreground">time ran out</span>
                    ) : null}
                  </td>
                  <td className="py-2 pr-3">{question.round}</td>
                  <td className="py-2 pr-3 text-right whitespace-nowrap tabular-nums">
                    {question.score === null ? "—" : percent(question.score)}
                  </td>
                  <td className="py-2 pr-3 text-right whitespace-nowrap tabular-nums">
                    {clockText(question.secondsUsed ?? 0)} of {clockText(question.allottedSeconds)}
                  </td>
                  <td className="py-2">
                    {question.score === null ? "—" : GRADE_LABELS[gradeForShare(question.score)]}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="per-skill">
        <h2 id="per-skill" className="text-heading">
          Per skill, weakest first
        </h2>
        <ul className="mt-3 grid gap-2">
          {report.bySkill.map((skill) => (
            <li
              key={skill.skillSlug}
              className="grid grid-cols-[minmax(0,12rem)_1fr_auto] items-center gap-3 text-sm"
            >
              <span className="truncate">{skill.name}</span>
              <span className="h-2 rounded-full bg-muted" aria-hidden="true">
                <span
                  className="block h-2 rounded-full bg-primary"
                  style={{ width: `${Math.round(skill.score * 100)}%` }}
                />
              </span>
              <span className="tabular-nums">
                {percent(skill.score)} <span className="text-muted-foreground">({skill.questions})</span>
              </span>
            </li>
          ))}
        </ul>
      </section>

      {personal ? (
        <section aria-labelledby="next" className="rounded-xl border p-4 sm:p-6">
          <h2 id="next" className="text-heading">
            What to practise next
          </h2>
          {weakest.length > 0 ? (
            <ul className="mt-3 grid gap-2 text-sm">
              {weakest.map((skill) => (
                <li key={skill.skillSlug}>
                  <strong>{skill.name}</strong> ({percent(skill.score)}):{" "}
                  <Link className="link" href={`/questions?skill=${skill.skillSlug}`}>
                    its questions
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-3 text-sm">Every skill in this mock scored 70% or more.</p>
          )}
          <p className="mt-3 text-sm">
            Each answer was recorded as a practice attempt, so your{" "}
            <Link className="link" href="/plan">
              plan
            </Link>{" "}
            and review schedule already reflect this mock.
          </p>
        </section>
      ) : null}

      <section aria-labelledby="answers" className="grid gap-6">
        <h2 id="answers" className="text-heading">
          Answers
        </h2>
        {report.questions.map((question) => (
          <details key={question.position} className="rounded-lg border p-4">
            <summary className="cursor-pointer font-medium">
              {question.position + 1}. <InlineTitle>{question.title}</InlineTitle>
            </summary>
            <h3 className="mt-3 text-sm font-medium">Answer given</h3>
            <pre className="mt-1 text-sm whitespace-pre-wrap">{question.answer || "(none)"}</pre>
            {question.rubric ? (
              <>
                <h3 className="mt-3 text-sm font-medium">Rubric</h3>
                <ul className="mt-1 grid gap-1 text-sm">
                  {question.rubric.map((criterion, index) => (
                    <li key={criterion.criterion}>
                      {question.metCriteria.includes(index) ? "✓ met" : "✗ not met"}: {criterion.criterion} (
                      {criterion.points})
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <h3 className="mt-3 text-sm font-medium">Model answer</h3>
            <Markdown part={`question ${question.position + 1}'s model answer`} className="mt-1">
              {question.modelAnswer}
            </Markdown>
          </details>
        ))}
      </section>
    </div>
  );
}
