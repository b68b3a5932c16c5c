import { formatCount, formatMonth, formatShare, formatUsd } from "@/lib/format";
import { listComparisons, listRoles } from "@/lib/roles/queries";
import { pageMetadata } from "@/lib/seo";
import { db } from "@/lib/db";
import { RolePicker } from "@/components/roles/role-picker";
import { Link } from "@/components/ui/link";

export const metadata = pageMetadata({
  title: "Data roles: pay, postings and skills",
  description:
    "Median US base salary, active postings, remote and entry-level shares for six data roles, each figure with its source and date.",
  path: "/roles",
});

export default async function RolesPage() {
  const [roles, comparisons] = await Promise.all([listRoles(db), listComparisons(db)]);
  return (
    <div className="container-page py-10 sm:py-12">
      <h1 className="text-title">Roles</h1>
      <p className="mt-3 max-w-3xl text-lead text-muted-foreground">
        Headline figures for each role from the newest analysis that covers it. Analyses disagree with each
        other; each role&apos;s page shows every source side by side.
      </p>
      <ul className="mt-8 grid gap-4 md:grid-cols-2">
        {roles.map((role) => {
          const f = role.latest?.figures;
          return (
            <li key={role.slug} className="flex flex-col rounded-xl border bg-card p-5">
              <h2 className="text-subheading">
                <Link className="link" href={`/roles/${role.slug}`}>
                  {role.name}
                </Link>
              </h2>
              <p className="mt-2 text-sm text-muted-foreground">{role.summary}</p>
              {f && role.latest ? (
                <>
                  <dl className="mt-4 grid grid-cols-2 gap-x-4 gap-y-2 text-sm">
                    <Figure
                      label="Median US base"
                      value={f.medianBaseSalaryUsd === null ? null : formatUsd(f.medianBaseSalaryUsd)}
                    />
                    <Figure
                      label="Active postings"
                      value={f.activePostings === null ? null : formatCount(f.activePostings)}
                    />
                    <Figure
                      label="Remote share"
                      value={f.remoteShare === null ? null : formatShare(f.remoteShare)}
                    />
                    <Figure
                      label="Entry-level share"
                      value={f.entryLevelShare === null ? null : formatShare(f.entryLevelShare)}
                    />
                  </dl>
                  <p className="mt-4 text-xs text-muted-foreground">
                    {role.latest.snapshot.publisher}, {formatMonth(role.latest.snapshot.dataMonth)}
                    {role.snapshotCount > 1 && ` · ${role.snapshotCount} sources in all`}
                  </p>
                </>
              ) : (
                <p className="mt-4 text-sm text-muted-foreground">
                  No source we hold gives figures for this role yet.
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <section aria-labelledby="compare-heading" className="mt-12">
        <h2 id="compare-heading" className="text-heading">
          Compare two roles
        </h2>
        <RolePicker
          roles={roles.map(({ slug, name }) => ({ slug, name }))}
          pairs={comparisons.map((c) => c.slug)}
        />
      </section>
    </div>
  );
}

function Figure({ label, value }: { label: string; value: string | null }) {
  return (
    <div>
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="font-medium tabular-nums">
        {value ?? <span className="font-normal text-muted-foreground">not reported</span>}
      </dd>
    </div>
  );
}
