import type { SkillPair } from "@/lib/roles/comparison";

/**
 * One column of the shared / exclusive skills split: each skill's name and its shares. The names
 * are not links (issue 18): every skill here is also in the skill demand chart above, which links
 * it to its questions, and the page need not send each link twice. The `figure-list` utility
 * (app/globals.css) styles the items, which carry no classes.
 */
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
        <ul className="mt-2 figure-list">
          {pairs.map((p) => (
            <li key={p.skill.slug}>
              {p.skill.name}
              <span>{show(p)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
