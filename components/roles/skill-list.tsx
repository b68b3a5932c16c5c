import type { SkillPair } from "@/lib/roles/comparison";

import { SkillQuestionsLink } from "./skill-questions-link";

/** One column of the shared / exclusive skills split, each skill linking to its questions. */
export function SkillList({
  heading,
  pairs,
  show,
}: {
  heading: string;
  pairs: SkillPair[];
  show: (p: SkillPair) => string;
}) {
  return (
    <div>
      <h3 className="text-subheading">{heading}</h3>
      {pairs.length === 0 ? (
        <p className="mt-2 text-sm text-muted-foreground">None in this source.</p>
      ) : (
        <ul className="mt-2 space-y-1 text-sm">
          {pairs.map((p) => (
            <li key={p.skill.slug} className="flex justify-between gap-3">
              <SkillQuestionsLink skill={p.skill} />
              <span className="text-muted-foreground tabular-nums">{show(p)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
