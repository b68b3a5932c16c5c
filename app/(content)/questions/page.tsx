import { DIFFICULTY_LABELS, KIND_LABELS, LEVEL_LABELS } from "@/lib/questions/filters";
import { listFilterOptions, searchQuestionBank } from "@/lib/questions/queries";
import {
  clampPage,
  DEFAULT_SORT,
  parseSearchParams,
  withParams,
  type SearchRequest,
  type SortOrder,
} from "@/lib/questions/search-params";
import type { Facet } from "@/lib/questions/search-query";
import { pageMetadata } from "@/lib/seo";
import { db } from "@/lib/db";
import { ButtonLink } from "@/components/ui/button";
import { HydrateWhenIdle } from "@/components/layout/hydrate-when-idle";
import { QuestionFilterForm } from "@/components/questions/question-filter-form";
import { QuestionList } from "@/components/questions/question-list";
import { Link } from "@/components/ui/link";

export const metadata = pageMetadata({
  title: "Interview questions",
  description:
    "Original Data Scientist and Machine Learning Engineer interview questions with model answers: search them, and filter by skill, role, difficulty and kind.",
  path: "/questions",
});

/** The results line names the order, unless it is the default one. */
const SORTED_BY: Record<SortOrder, string | null> = {
  relevance: null,
  difficulty: "easiest first",
  title: "by title, A to Z",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function QuestionsPage({ searchParams }: Props) {
  const options = await listFilterOptions(db);
  const parsed = parseSearchParams(await searchParams, {
    skills: new Set(options.skills.map((s) => s.slug)),
    roles: new Set(options.roles.map((r) => r.slug)),
  });
  let request = parsed.request;
  let result = await searchQuestionBank(db, request);
  const clamped = clampPage(request.page, result.total);
  const notes = [...parsed.notes];
  if (clamped.note) {
    notes.push(clamped.note);
    request = { ...request, page: clamped.page };
    result = await searchQuestionBank(db, request);
  }
  const sortedBy = SORTED_BY[request.sort ?? DEFAULT_SORT];
  const skillName = options.skills.find((s) => s.slug === request.filters.skill)?.name;
  const facetOptions = (facet: Facet, values: [string, string][]) =>
    values.map(([value, label]) => ({ value, label, count: result.facets[facet].get(value) ?? 0 }));

  return (
    <HydrateWhenIdle>
      <div className="container-page py-10 sm:py-12">
        <h1 className="text-title">
          {skillName ? `${skillName} interview questions` : "Interview questions"}
        </h1>
        <p className="mt-3 max-w-3xl text-lead text-muted-foreground">
          Original questions with model answers, written for Data Scientist and Machine Learning Engineer
          interviews.
        </p>

        <QuestionFilterForm
          q={request.q}
          filters={request.filters}
          sort={request.sort}
          options={{
            skill: facetOptions(
              "skill",
              options.skills.map((s) => [s.slug, s.name]),
            ),
            role: facetOptions(
              "role",
              options.roles.map((r) => [r.slug, r.name]),
            ),
            difficulty: facetOptions("difficulty", Object.entries(DIFFICULTY_LABELS)),
            level: facetOptions("level", Object.entries(LEVEL_LABELS)),
            kind: facetOptions("kind", Object.entries(KIND_LABELS)),
          }}
        />

        {notes.length > 0 && (
          <div role="status" className="mt-4 rounded-lg border border-warning/40 bg-warning/10 p-3 text-sm">
            {notes.map((note) => (
              <p key={note}>{note}</p>
            ))}
          </div>
        )}

        <p className="mt-6 text-sm text-muted-foreground">
          {result.total} {result.total === 1 ? "question" : "questions"}
          {request.q &&
            (result.matchedBy === "similar titles" ? (
              <> with titles close to “{request.q}” (no question uses those exact words)</>
            ) : (
              <> matching “{request.q}”</>
            ))}
          {sortedBy && ` · ${sortedBy}`}
          {clamped.pageCount > 1 && ` · page ${request.page} of ${clamped.pageCount}`}
        </p>
        {result.total === 0 ? (
          <EmptyState request={request} />
        ) : (
          <QuestionList questions={result.hits} showStatus />
        )}
        {clamped.pageCount > 1 && <Pagination request={request} pageCount={clamped.pageCount} />}
      </div>
    </HydrateWhenIdle>
  );
}

function EmptyState({ request }: { request: SearchRequest }) {
  const active = Object.keys(request.filters).length > 0;
  return (
    <div className="mt-4 rounded-xl border p-8 text-center">
      <p className="font-medium">
        No questions match{request.q ? ` “${request.q}”` : ""}
        {active ? " with these filters" : ""}.
      </p>
      <p className="mt-2 text-sm text-muted-foreground">
        {active && request.q ? (
          <>
            Try{" "}
            <Link
              className="link"
              href={withParams(request, {
                skill: null,
                role: null,
                difficulty: null,
                level: null,
                kind: null,
                page: null,
              })}
            >
              the same search without filters
            </Link>
            , or{" "}
          </>
        ) : (
          "Try other words, or "
        )}
        <Link className="link" href="/questions">
          browse every question
        </Link>
        .
      </p>
    </div>
  );
}

function Pagination({ request, pageCount }: { request: SearchRequest; pageCount: number }) {
  const page = request.page;
  return (
    <nav aria-label="Pages" className="mt-6 flex items-center justify-between gap-4">
      {page > 1 ? (
        <ButtonLink
          variant="outline"
          href={withParams(request, { page: page - 1 > 1 ? String(page - 1) : null })}
        >
          Previous
        </ButtonLink>
      ) : (
        <span />
      )}
      <span className="text-sm text-muted-foreground">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <ButtonLink variant="outline" href={withParams(request, { page: String(page + 1) })}>
          Next
        </ButtonLink>
      ) : (
        <span />
      )}
    </nav>
  );
}
