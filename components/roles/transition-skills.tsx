import { formatMonth, formatShare } from "@/lib/format";
import {
  roleTransitionSkills,
  type RoleSkillDemand,
  type TransitionSkill,
} from "@/lib/recommendations/model";
import type { RoleFigures, SnapshotSummary } from "@/lib/roles/types";
import { Link } from "@/components/ui/link";

import { ComputedBadge } from "./computed-badge";
import { FiguresTable, NotReported } from "./figures-table";
import { PlanLink } from "./plan-link";
import { SkillQuestionsLink } from "./skill-questions-link";

/** How many skills each direction lists. */
const TRANSITION_COUNT = 8;

/** The role's skill shares in this one snapshot; a skill the source gives no share for is left out. */
function demands(role: RoleFigures): RoleSkillDemand[] {
  return role.skills.flatMap((figure) =>
    figure.share === null
      ? []
      : [{ skillSlug: figure.skill.slug, skillName: figure.skill.name, demand: figure.share }],
  );
}

const points = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1, signDisplay: "exceptZero" });

/** A difference of two shares in percentage points: 0.29 → "+29 points", 0.038 → "+3.8 points". */
function formatPoints(difference: number): string {
  return `${points.format(difference * 100)} points`;
}

/**
 * "Moving from A to B: learn these first" without an account (issue 7): for each direction, the
 * skills B's postings ask for more often than A's, by d_B(s) − d_A(s). Both roles' shares come from
 * the comparison's one snapshot, so the two columns of a row are always measured the same way.
 */
export function TransitionSkills({
  a,
  b,
  snapshot,
}: {
  a: RoleFigures;
  b: RoleFigures;
  snapshot: Pick<SnapshotSummary, "publisher" | "dataMonth">;
}) {
  const directions = [
    { from: a, to: b, skills: roleTransitionSkills(demands(a), demands(b)).slice(0, TRANSITION_COUNT) },
    { from: b, to: a, skills: roleTransitionSkills(demands(b), demands(a)).slice(0, TRANSITION_COUNT) },
  ];
  return (
    <section aria-labelledby="transition" className="mt-10">
      <h2 id="transition" className="text-heading">
        Moving from one role to the other: learn these first
      </h2>
      <p className="mt-2 max-w-3xl text-sm text-muted-foreground">
        For a move from role A to role B, the skills are ranked by how much more often B&apos;s postings ask
        for the skill than A&apos;s:{" "}
        <span className="whitespace-nowrap">
          <var>d</var>
          <sub>B</sub>(<var>s</var>) − <var>d</var>
          <sub>A</sub>(<var>s</var>)
        </span>
        {`, in percentage points, all from ${snapshot.publisher}'s ${formatMonth(snapshot.dataMonth)} figures. A skill the source gives no figure for in A counts as 0 there. `}
        <Link className="link" href="/methodology">
          How the numbers are made
        </Link>
        . <ComputedBadge />
      </p>
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        {directions.map(({ from, to, skills }) => (
          <TransitionTable key={from.role.slug} from={from} to={to} skills={skills} />
        ))}
      </div>
      <div className="mt-6 flex flex-wrap items-center gap-x-4 gap-y-2">
        <PlanLink />
        <p className="text-sm text-muted-foreground">
          The plan weighs the skills your target role asks for by what you have already practised.
        </p>
      </div>
    </section>
  );
}

function TransitionTable({
  from,
  to,
  skills,
}: {
  from: RoleFigures;
  to: RoleFigures;
  skills: TransitionSkill[];
}) {
  const headingId = `transition-${from.role.slug}-to-${to.role.slug}`;
  const caption = `Skills to learn first when moving from ${from.role.name} to ${to.role.name}, largest difference first`;
  return (
    // min-w-0: a grid item, it may shrink below its table, which then scrolls in its own box.
    <div className="min-w-0">
      <h3 id={headingId} className="text-subheading">
        {`From ${from.role.name} to ${to.role.name}`}
      </h3>
      {skills.length === 0 ? (
        <p className="mt-2 text-sm text-muted-foreground">
          In this source, {to.role.name} postings ask for no skill more often than {from.role.name} postings
          do.
        </p>
      ) : (
        <>
          <p className="mt-1 text-sm text-muted-foreground">
            {`The share of each role's postings that ask for the skill, and how many percentage points more the ${to.role.name} postings ask for it.`}
          </p>
          <FiguresTable
            caption={caption}
            className="mt-2"
            density="compact"
            columns={["Skill", `${from.role.name} postings`, `${to.role.name} postings`, "Difference"]}
          >
            {skills.map((s) => (
              <tr key={s.skillSlug}>
                <th scope="row">
                  <SkillQuestionsLink skill={{ slug: s.skillSlug, name: s.skillName }} />
                </th>
                <td>{s.fromDemand === null ? <NotReported /> : formatShare(s.fromDemand)}</td>
                <td>{formatShare(s.toDemand)}</td>
                <td>{formatPoints(s.difference)}</td>
              </tr>
            ))}
          </FiguresTable>
        </>
      )}
    </div>
  );
}
