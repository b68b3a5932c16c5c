import { formatMonth } from "@/lib/format";
import { listComparisons, listRoleRefs } from "@/lib/roles/queries";
import { pageMetadata } from "@/lib/seo";
import { db } from "@/lib/db";
import { RolePicker } from "@/components/roles/role-picker";
import { Link } from "@/components/ui/link";

export const metadata = pageMetadata({
  title: "Compare data roles",
  description:
    "Compare Data Scientist, Machine Learning Engineer, Data Engineer, Data Analyst, AI Engineer and BI Analyst roles on pay, postings and skill demand, each from one sourced, dated analysis.",
  path: "/compare",
});

export default async function CompareIndexPage() {
  const [roles, comparisons] = await Promise.all([listRoleRefs(db), listComparisons(db)]);
  return (
    <div className="container-page py-10 sm:py-12">
      <h1 className="text-title">Compare roles</h1>
      <p className="mt-3 max-w-3xl text-lead text-muted-foreground">
        Each comparison comes from one published analysis of job postings, so both roles are measured the same
        way and at the same time. We never mix figures from two analyses.
      </p>
      <section aria-labelledby="picker-heading" className="mt-8">
        <h2 id="picker-heading" className="text-heading">
          Pick two roles
        </h2>
        <RolePicker roles={roles} pairs={comparisons.map((c) => c.slug)} />
      </section>
      <section aria-labelledby="all" className="mt-10">
        <h2 id="all" className="text-heading">
          Every comparison a source covers
        </h2>
        <ul className="mt-4 grid gap-3 sm:grid-cols-2">
          {comparisons.map((c) => (
            <li key={c.slug} className="rounded-lg border p-4">
              <Link className="link font-medium" href={`/compare/${c.slug}`}>
                {c.a.name} vs {c.b.name}
              </Link>
              <p className="mt-1 text-sm text-muted-foreground">
                {c.latest.publisher}, {formatMonth(c.latest.dataMonth)}
                {c.others.length > 0 &&
                  ` (and ${c.others.length} other ${c.others.length === 1 ? "analysis" : "analyses"})`}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
