import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { requireUser } from "@/lib/auth";
import { requestNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { shareMockAction } from "@/lib/mock/actions";
import { getMockReport } from "@/lib/mock/queries";
import { clockText } from "@/lib/mock/time-text";
import { withoutStarter } from "@/lib/runner/runner-spec";
import { DIFFICULTY_LABELS } from "@/lib/questions/filters";
import { difficultyFromDb } from "@/lib/questions/enums";
import { env } from "@/lib/env";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { MockReportView } from "@/components/mock/mock-report";
import { MockSession } from "@/components/mock/mock-session";
import { PrintButton } from "@/components/mock/print-button";
import { ScoringForm } from "@/components/mock/scoring-form";
import { Markdown } from "@/components/questions/markdown";

export const metadata: Metadata = { title: "Mock interview", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function MockPage({ params }: Props) {
  const user = await requireUser();
  const { id } = await params;
  const now = await requestNow();
  // One read: the answering screen, the scoring page and the report all come from it.
  const report = await getMockReport(db, user.id, id, now);
  // Another person's mock reads exactly like one that does not exist.
  if (!report) notFound();
  const { mock } = report;

  if (mock.status === "active" && mock.current) {
    const current = mock.current;
    const tags = mock.hideTags ? null : (
      <div className="mt-3 flex flex-wrap gap-2">
        <Badge variant="secondary">{DIFFICULTY_LABELS[difficultyFromDb(current.difficulty)]}</Badge>
        {current.skills.map((skill) => (
          <Badge key={skill.slug} variant="accent">
            {skill.name}
          </Badge>
        ))}
      </div>
    );
    return (
      <div className="container-page max-w-4xl py-6 sm:py-10">
        <MockSession
          key={current.position}
          mockId={mock.id}
          serverNow={now.toISOString()}
          paused={mock.paused}
          practiceMode={mock.practiceMode}
          tags={tags}
          // With a code panel, its editor holds the starter code; the prompt need not show it too.
          prompt={
            <Markdown part="the question">
              {current.runner ? withoutStarter(current.prompt) : current.prompt}
            </Markdown>
          }
          question={{
            position: current.position,
            count: mock.questionCount,
            round: current.round,
            slug: current.slug,
            title: current.title,
            runner: current.runner,
            answer: current.answer,
            revision: current.revision,
            questionDeadline: current.questionDeadline.toISOString(),
            mockDeadline: current.mockDeadline.toISOString(),
          }}
        />
      </div>
    );
  }

  if (report.mock.status === "scoring") {
    return (
      <div className="container-page max-w-5xl py-10 sm:py-12">
        <h1 className="text-title">Score your mock</h1>
        <p className="mt-3 text-lead text-muted-foreground">
          Time is up. Read each answer beside the model answer and tick the rubric criteria it met: be the
          interviewer. SQL and coding answers are scored by their check.
        </p>
        <div className="mt-8">
          <ScoringForm
            mockId={report.mock.id}
            items={report.questions.map((question) => ({
              position: question.position,
              title: question.title,
              round: question.round,
              timeText: question.timedOut
                ? `time ran out (${clockText(question.allottedSeconds)})`
                : `${clockText(question.secondsUsed ?? 0)} of ${clockText(question.allottedSeconds)}`,
              answer: question.answer ? (
                <pre className="text-sm whitespace-pre-wrap">{question.answer}</pre>
              ) : (
                <p className="text-sm text-muted-foreground">(no answer)</p>
              ),
              modelAnswer: (
                <Markdown part={`question ${question.position + 1}'s model answer`}>
                  {question.modelAnswer}
                </Markdown>
              ),
              rubric: question.checked ? null : question.rubric,
              checkText: question.checked
                ? question.outcome === "PASSED"
                  ? "The check passed: full marks, measured rather than self-assessed."
                  : question.outcome === "FAILED"
                    ? "The check did not pass: no marks for this question."
                    : "Not submitted for checking: no marks for this question."
                : null,
            }))}
          />
        </div>
      </div>
    );
  }

  const shareUrl = report.mock.shareToken
    ? new URL(`/shared/mock/${report.mock.shareToken}`, env.SITE_URL).toString()
    : null;
  return (
    <div className="container-page max-w-4xl py-10 sm:py-12">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <h1 className="text-title">Mock report</h1>
        <PrintButton />
      </div>
      <div className="mt-8">
        <MockReportView report={report} personal />
      </div>
      <section
        id="share"
        aria-labelledby="share-heading"
        className="mt-10 rounded-xl border p-4 sm:p-6 print:hidden"
      >
        <h2 id="share-heading" className="text-heading">
          Share this report
        </h2>
        <p className="mt-2 text-sm text-muted-foreground">
          Only you see it unless you make a link. A link shows the report without your name or email, to
          anyone who has it, until you revoke it.
        </p>
        <form action={shareMockAction} className="mt-4 flex flex-wrap items-center gap-3">
          <input type="hidden" name="mockId" value={report.mock.id} />
          <input type="hidden" name="share" value={shareUrl ? "off" : "on"} />
          {shareUrl ? (
            <>
              <a className="link break-all" href={shareUrl}>
                {shareUrl}
              </a>
              <Button type="submit" variant="outline">
                Revoke the link
              </Button>
            </>
          ) : (
            <Button type="submit" variant="outline">
              Make a share link
            </Button>
          )}
        </form>
      </section>
    </div>
  );
}
