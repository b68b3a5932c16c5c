import Link from "next/link";

import type { DifficultySlug, KindSlug, LevelSlug } from "@/lib/questions/enums";
import { DIFFICULTY_LABELS, KIND_LABELS, LEVEL_LABELS } from "@/lib/questions/filters";
import { Badge } from "@/components/ui/badge";

/** A list of questions, each linking to its page with its difficulty, level and kind. */
export function QuestionList({
  questions,
}: {
  questions: {
    slug: string;
    title: string;
    difficulty: DifficultySlug;
    level: LevelSlug | null;
    kind: KindSlug;
  }[];
}) {
  return (
    <ul className="mt-4 divide-y rounded-xl border">
      {questions.map((q) => (
        <li key={q.slug} className="p-4">
          <Link className="link font-medium" href={`/questions/${q.slug}`}>
            {q.title}
          </Link>
          <div className="mt-2 flex flex-wrap gap-2">
            <Badge variant="secondary">{DIFFICULTY_LABELS[q.difficulty]}</Badge>
            {q.level && <Badge variant="secondary">{LEVEL_LABELS[q.level]}</Badge>}
            <Badge variant="outline">{KIND_LABELS[q.kind]}</Badge>
          </div>
        </li>
      ))}
    </ul>
  );
}
