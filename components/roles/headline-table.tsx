import { formatCount, formatShare, formatUsd } from "@/lib/format";
import { SKILL_THRESHOLD, type Comparison } from "@/lib/roles/comparison";
import type { ReportedFigure, RoleFigures } from "@/lib/roles/types";

import { ComputedBadge } from "./computed-badge";
import { FiguresTable, NotReported } from "./figures-table";

const salaryCell = (r: RoleFigures) =>
  r.medianBaseSalaryUsd === null
    ? null
    : `${formatUsd(r.medianBaseSalaryUsd)}${r.salarySampleSize !== null ? ` (n=${formatCount(r.salarySampleSize)})` : ""}`;

/** The headline figures: salary with n, postings, top skill, remote and entry-level shares, overlap. */
export function HeadlineTable({
  c,
  title,
  overlap,
}: {
  c: Comparison;
  title: string;
  overlap: ReportedFigure | undefined;
}) {
  const { a, b } = c;
  return (
    <section aria-labelledby="headline" className="mt-10">
      <h2 id="headline" className="text-heading">
        At a glance
      </h2>
      <FiguresTable
        caption={`Headline figures for ${title}`}
        density="roomy"
        columns={["Figure", a.role.name, b.role.name]}
      >
        <HeadlineRow label="Median US base salary" a={salaryCell(a)} b={salaryCell(b)} />
        <HeadlineRow
          label="Active postings"
          a={a.activePostings === null ? null : formatCount(a.activePostings)}
          b={b.activePostings === null ? null : formatCount(b.activePostings)}
        />
        <HeadlineRow
          label="Top skill"
          a={c.topSkill.a ? `${c.topSkill.a.skill.name} (${formatShare(c.topSkill.a.share!)})` : null}
          b={c.topSkill.b ? `${c.topSkill.b.skill.name} (${formatShare(c.topSkill.b.share!)})` : null}
        />
        <HeadlineRow
          label="Remote share"
          a={a.remoteShare === null ? null : formatShare(a.remoteShare)}
          b={b.remoteShare === null ? null : formatShare(b.remoteShare)}
        />
        <HeadlineRow
          label="Entry-level share"
          a={a.entryLevelShare === null ? null : formatShare(a.entryLevelShare)}
          b={b.entryLevelShare === null ? null : formatShare(b.entryLevelShare)}
        />
        <tr>
          <th scope="row">Skill overlap</th>
          {/* Sentences, not a column of figures: proportional digits, as in the text around it. */}
          <td colSpan={2} className="normal-nums">
            {overlap ? (
              <span>
                {`${overlap.value.toFixed(2)} Jaccard, as reported by the source (${overlap.label}). `}
                <span className="block text-muted-foreground">
                  Jaccard similarity: the skills both roles ask for, divided by the skills either asks for; 0
                  is nothing in common, 1 the same skills.
                </span>
              </span>
            ) : (
              <NotReported>not reported by the source.</NotReported>
            )}
            {c.computedOverlap && (
              <span className="mt-1 block text-muted-foreground">
                {`${c.computedOverlap.jaccard.toFixed(2)} over the skills this source gives shares for (${c.computedOverlap.shared} of ${c.computedOverlap.union} skills reach ${formatShare(SKILL_THRESHOLD)} in both roles) `}
                <ComputedBadge />
              </span>
            )}
          </td>
        </tr>
      </FiguresTable>
    </section>
  );
}

function HeadlineRow({ label, a, b }: { label: string; a: string | null; b: string | null }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{a ?? <NotReported />}</td>
      <td>{b ?? <NotReported />}</td>
    </tr>
  );
}
