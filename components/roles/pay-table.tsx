import { formatCount, formatPercentRounded, formatUsd, formatUsdChange } from "@/lib/format";
import type { Comparison } from "@/lib/roles/comparison";
import type { RoleFigures } from "@/lib/roles/types";

import { ComputedBadge } from "./computed-badge";
import { FiguresTable, NotReported } from "./figures-table";

/** A role's top-paying skills: medians as published, distance from the role median computed. */
export function PayTable({
  role,
  paying,
  premiums,
  heading = role.role.name,
  headingLevel = "h3",
  caption = `Top-paying skills for ${role.role.name}`,
}: {
  role: RoleFigures;
  paying: Comparison["topPaying"]["a"];
  premiums: Comparison["printedPremiums"]["a"];
  heading?: string;
  headingLevel?: "h3" | "h4";
  /** The table's caption and its scroll region's name: unique on the page. */
  caption?: string;
}) {
  const Heading = headingLevel;
  return (
    // min-w-0: a grid item, it may shrink below its table, which then scrolls in its own box.
    <div className="min-w-0">
      <Heading className="text-subheading">{heading}</Heading>
      {paying.length === 0 && premiums.length === 0 ? (
        <p className="mt-2 text-sm text-muted-foreground">The source gives no per-skill pay for this role.</p>
      ) : (
        <FiguresTable
          caption={caption}
          className="mt-2"
          columns={[
            "Skill",
            "Median US base",
            <>
              vs role median <ComputedBadge />
            </>,
          ]}
        >
          {paying.map((p) => (
            <tr key={p.skill.slug}>
              <th scope="row">{p.skill.name}</th>
              <td>
                {formatUsd(p.medianSalaryUsd)}
                {p.salarySampleSize !== null && (
                  <span className="text-muted-foreground">{` (n=${formatCount(p.salarySampleSize)})`}</span>
                )}
              </td>
              <td>
                {p.overRoleMedian === null ? (
                  <NotReported />
                ) : (
                  `${formatUsdChange(p.overRoleMedian)} (${formatPercentRounded(p.overRoleMedian / role.medianBaseSalaryUsd!)})`
                )}
              </td>
            </tr>
          ))}
          {premiums.map((p) => (
            <tr key={p.skill.slug}>
              <th scope="row">{p.skill.name}</th>
              <td>
                <NotReported />
              </td>
              <td>{`${formatUsdChange(p.salaryPremiumUsd)} (as printed)`}</td>
            </tr>
          ))}
        </FiguresTable>
      )}
    </div>
  );
}
