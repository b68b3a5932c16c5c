import { notFound } from "next/navigation";

import { DIFFICULTY_LABELS, KIND_LABELS, LEVEL_LABELS, questionLabels } from "@/lib/questions/filters";
import { formatMonth, formatShare } from "@/lib/format";
import { getQuestion, getRelatedQuestions, listQuestionSlugs } from "@/lib/questions/queries";
import { getSkillDemands } from "@/lib/roles/queries";
import { pageMetadata } from "@/lib/seo";
import { db } from "@/lib/db";
import { withoutStarter } from "@/lib/runner/runner-spec";
import { plainInlineText } from "@/lib/questions/inline-code";
import { Badge } from "@/components/ui/badge";
import { CodeCheckProvider } from "@/components/runner/check-context";
import { LazyCodePanel } from "@/components/runner/lazy-code-panel";
import { QuestionPracticePanel } from "@/components/practice/question-practice-panel";
import { Markdown } from "@/components/questions/markdown";
import { Breadcrumbs } from "@/components/seo/breadcrumbs";
import { InlineTitle } from "@/components/questions/inline-title";
import { Link } from "@/components/ui/link";

import type { Metadata } from "next";

export const dynamicParams = false;

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return (await listQuestionSlugs(db)).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const question = await getQuestion(db, (await params).slug);
  if (!question) return {};
  return pageMetadata({
    title: plainInlineText(question.title),
    description: `A ${DIFFICULTY_LABELS[question.difficulty].toLowerCase()} ${KIND_LABELS[question.kind]} question on ${question.skills.map((s) => s.name).join(", ")}, with a model answer.`,
    path: `/questions/${question.slug}`,
  });
}

export default async function QuestionPage({ params }: Props) {
  const question = await getQuestion(db, (await params).slug);
  if (!question) notFound();
  const skillSlugs = question.skills.map((s) => s.slug);
  const [demands, related] = await Promise.all([
    getSkillDemands(db, skillSlugs),
    getRelatedQuestions(db, question.slug, skillSlugs),
  ]);
  const demandFor = (roleSlug: string, skillSlug: string) =>
    demands.get(skillSlug)?.find((d) => d.role.slug === roleSlug) ?? null;
  const runner = question.runner;
  return (
    <CodeCheckProvider>
      <article className="container-page max-w-4xl py-10 sm:py-12">
        <Breadcrumbs
          trail={[
            { name: "Questions", path: "/questions" },
            { name: plainInlineText(question.title), path: `/questions/${question.slug}` },
          ]}
        />
        <h1 className="mt-3 text-title">
          <InlineTitle>{question.title}</InlineTitle>
        </h1>
        <div className="mt-4 flex flex-wrap gap-2">
          <Badge variant="secondary">{DIFFICULTY_LABELS[question.difficulty]}</Badge>
          {question.level && <Badge variant="secondary">{LEVEL_LABELS[question.level]}</Badge>}
          <Badge variant="outline">{KIND_LABELS[question.kind]}</Badge>
          {question.skills.map((s) => (
            <Link key={s.slug} href={`/skills/${s.slug}`} className="rounded-full">
              <Badge variant="accent">{s.name}</Badge>
            </Link>
          ))}
        </div>

        <section aria-labelledby="prompt" className="mt-8">
          <h2 id="prompt" className="text-heading">
            The question
          </h2>
          {/* With a code panel, its editor holds the starter code; the prompt need not show it too. */}
          <Markdown part="the question" className="mt-3">
            {runner ? withoutStarter(question.prompt) : question.prompt}
          </Markdown>
        </section>

        {question.hints.length > 0 && (
          <section aria-labelledby="hints" className="mt-8">
            <h2 id="hints" className="text-heading">
              Hints
            </h2>
            {/* Each hint appears once the one before it is open: one at a time, with no JavaScript. */}
            <div className="mt-3 space-y-2 [&>details:not([open])~details]:hidden">
              {question.hints.map((hint, index) => (
                <details key={hint} data-hint className="rounded-lg border p-3">
                  <summary className="cursor-pointer font-medium">Hint {index + 1}</summary>
                  <p className="mt-2">
                    <InlineTitle>{hint}</InlineTitle>
                  </p>
                </details>
              ))}
            </div>
          </section>
        )}

        {runner ? (
          <div className="mt-8">
            <LazyCodePanel questionSlug={question.slug} spec={runner} answerId="answer-details" />
          </div>
        ) : null}

        <section aria-labelledby="answer" className="mt-8">
          <h2 id="answer" className="text-heading">
            Model answer
          </h2>
          <details id="answer-details" className="mt-3 rounded-lg border p-4">
            <summary className="cursor-pointer font-medium">Show the answer</summary>
            <Markdown part="the model answer" className="mt-4">
              {question.answer}
            </Markdown>
            {question.followUps && (
              <>
                <h3 className="mt-6 text-subheading">Common mistakes and follow-ups</h3>
                <Markdown part="the follow-ups" className="mt-2">
                  {question.followUps}
                </Markdown>
              </>
            )}
          </details>
        </section>

        <aside aria-labelledby="practise" className="mt-8 rounded-xl border bg-accent/40 p-5">
          <h2 id="practise" className="text-subheading">
            Practise it
          </h2>
          <p className="mt-1 mb-4 text-sm text-muted-foreground">
            Time yourself, open the model answer above, grade yourself honestly: your reviews are scheduled
            from your grades.
          </p>
          <QuestionPracticePanel questionSlug={question.slug} answerId="answer-details" />
        </aside>

        <section aria-labelledby="roles" className="mt-8">
          <h2 id="roles" className="text-heading">
            Roles that ask it
          </h2>
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {question.roles.map((r) => (
              <li key={r.slug} className="rounded-lg border p-4">
                <Link className="link font-medium" href={`/roles/${r.slug}`}>
                  {r.name}
                </Link>
                <ul className="mt-2 space-y-1 text-sm text-muted-foreground">
                  {question.skills.map((s) => {
                    const d = demandFor(r.slug, s.slug);
                    return (
                      <li key={s.slug}>
                        {s.name}:{" "}
                        {d ? (
                          <>
                            {formatShare(d.share)} of postings ({d.snapshot.publisher},{" "}
                            {formatMonth(d.snapshot.dataMonth)})
                          </>
                        ) : (
                          "not reported"
                        )}
                      </li>
                    );
                  })}
                </ul>
              </li>
            ))}
          </ul>
        </section>

        {related.length > 0 && (
          <section aria-labelledby="related" className="mt-8">
            <h2 id="related" className="text-heading">
              Related questions
            </h2>
            <ul className="mt-3 space-y-2">
              {related.map((q) => (
                <li key={q.slug}>
                  <Link className="link" href={`/questions/${q.slug}`}>
                    <InlineTitle>{q.title}</InlineTitle>
                  </Link>{" "}
                  <span className="text-sm text-muted-foreground">· {questionLabels(q).join(" · ")}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </article>
    </CodeCheckProvider>
  );
}
