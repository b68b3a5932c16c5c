import type { DifficultySlug, KindSlug, LevelSlug } from "@/lib/questions/enums";
import { DIFFICULTY_LABELS, KIND_LABELS, LEVEL_LABELS } from "@/lib/questions/filters";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/components/ui/link";

import { InlineTitle } from "./inline-title";
import { QuestionStatusBadges } from "./question-status-badges";
import { QuestionStatusProvider } from "./question-status-provider";

/**
 * A list of questions, each linking to its page with its difficulty, level and kind.
 *
 * With `showStatus`, the signed-in visitor's marks (Solved, Attempted, Due for review) are added to
 * each row in the browser (issue 17), so the list itself stays the same for everyone and the page
 * can be cached; visitors get no marks and make no request.
 */
export function QuestionList({
  questions,
  showStatus = false,
}: {
  questions: {
    slug: string;
    title: string;
    difficulty: DifficultySlug;
    level: LevelSlug | null;
    kind: KindSlug;
  }[];
  showStatus?: boolean;
}) {
  const list = (
    <ul className="mt-4 divide-y rounded-xl border">
      {questions.map((q) => (
        <li key={q.slug} className="p-4">
          <Link className="link font-medium" href={`/questions/${q.slug}`}>
            <InlineTitle>{q.title}</InlineTitle>
          </Link>
          <div className="mt-2 flex flex-wrap gap-2">
            <Badge variant="secondary">{DIFFICULTY_LABELS[q.difficulty]}</Badge>
            {q.level && <Badge variant="secondary">{LEVEL_LABELS[q.level]}</Badge>}
            <Badge variant="outline">{KIND_LABELS[q.kind]}</Badge>
            {showStatus && <QuestionStatusBadges slug={q.slug} />}
          </div>
        </li>
      ))}
    </ul>
  );
  return showStatus ? <QuestionStatusProvider>{list}</QuestionStatusProvider> : list;
}
