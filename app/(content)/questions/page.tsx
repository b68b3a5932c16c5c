import Link from "next/link";

import { DIFFICULTY_LABELS, KIND_LABELS, parseFilters } from "@/lib/questions/filters";
import { listFilterOptions, listQuestions } from "@/lib/questions/queries";
import { pageMetadata } from "@/lib/seo";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";

export const metadata = pageMetadata({
  title: "Interview questions",
  description:
    "Original Data Scientist and Machine Learning Engineer interview questions with model answers, by skill, role, difficulty and kind.",
  path: "/questions",
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function QuestionsPage({ searchParams }: Props) {
  const options = await listFilterOptions();
  const { filters, ignored } = parseFilters(await searchParams, {
    skills: new Set(options.skills.map((s) => s.slug)),
    roles: new Set(options.roles.map((r) => r.slug)),
  });
  const questions = await listQuestions(filters);
  const skillName = options.skills.find((s) => s.slug === filters.skill)?.name;

  return (
    <div className="container-page py-10 sm:py-12">
      <h1 className="text-title">{skillName ? `${skillName} interview questions` : "Interview questions"}</h1>
      <p className="mt-3 max-w-3xl text-lead text-muted-foreground">
        Original questions with model answers, written for Data Scientist and Machine Learning Engineer
        interviews.
      </p>

      <form
        method="get"
        action="/questions"
        className="mt-8 grid gap-4 rounded-xl border bg-card p-5 sm:grid-cols-2 lg:grid-cols-5 lg:items-end"
      >
        <FilterSelect
          name="skill"
          label="Skill"
          value={filters.skill}
          options={options.skills.map((s) => [s.slug, s.name])}
        />
        <FilterSelect
          name="role"
          label="Role"
          value={filters.role}
          options={options.roles.map((r) => [r.slug, r.name])}
        />
        <FilterSelect
          name="difficulty"
          label="Difficulty"
          value={filters.difficulty}
          options={Object.entries(DIFFICULTY_LABELS)}
        />
        <FilterSelect name="kind" label="Kind" value={filters.kind} options={Object.entries(KIND_LABELS)} />
        <div className="flex gap-2">
          <Button type="submit">Filter</Button>
          <ButtonLink href="/questions" variant="ghost">
            Clear
          </ButtonLink>
        </div>
      </form>

      {ignored.length > 0 && (
        <div role="status" className="mt-4 rounded-lg border border-warning/40 bg-warning/10 p-3 text-sm">
          {ignored.map((note) => (
            <p key={note}>{note}</p>
          ))}
        </div>
      )}

      <p className="mt-6 text-sm text-muted-foreground" aria-live="polite">
        {questions.length} {questions.length === 1 ? "question" : "questions"}
      </p>
      {questions.length === 0 ? (
        <div className="mt-4 rounded-xl border p-8 text-center">
          <p className="font-medium">No questions match these filters yet.</p>
          <p className="mt-2 text-sm text-muted-foreground">
            Try fewer filters, or{" "}
            <Link className="link" href="/questions">
              see every question
            </Link>
            .
          </p>
        </div>
      ) : (
        <ul className="mt-4 divide-y rounded-xl border">
          {questions.map((q) => (
            <li key={q.slug} className="p-4">
              <Link className="link font-medium" href={`/questions/${q.slug}`}>
                {q.title}
              </Link>
              <div className="mt-2 flex flex-wrap gap-2">
                <Badge variant="secondary">{DIFFICULTY_LABELS[q.difficulty]}</Badge>
                <Badge variant="outline">{KIND_LABELS[q.kind]}</Badge>
                {q.skills.map((s) => (
                  <Badge key={s.slug} variant="accent">
                    {s.name}
                  </Badge>
                ))}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function FilterSelect({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: [string, string][];
}) {
  return (
    <div className="grid gap-2">
      <Label htmlFor={`filter-${name}`}>{label}</Label>
      <Select id={`filter-${name}`} name={name} defaultValue={value ?? ""}>
        <option value="">Any</option>
        {options.map(([slug, text]) => (
          <option key={slug} value={slug}>
            {text}
          </option>
        ))}
      </Select>
    </div>
  );
}
