import { notFound, permanentRedirect } from "next/navigation";

import { formatMonth, formatUsd } from "@/lib/format";
import { buildComparison, type Comparison } from "@/lib/roles/comparison";
import { parsePairSlug } from "@/lib/roles/pairs";
import { getComparisonData, listComparisons, listRoleRefs, type ComparisonData } from "@/lib/roles/queries";
import type { RoleRef } from "@/lib/roles/types";
import { pageMetadata } from "@/lib/seo";
import { db } from "@/lib/db";
import { HydrateWhenIdle } from "@/components/layout/hydrate-when-idle";
import { ComparisonLinks } from "@/components/roles/comparison-links";
import { ComparisonView } from "@/components/roles/comparison-view";
import { Link } from "@/components/ui/link";

import type { Metadata } from "next";

// Every pair of roles is prerendered at build time; nothing here queries per request. Reversed
// pairs redirect to the alphabetical order, a role against itself gets its own page, and a pair
// no snapshot covers says so instead of mixing figures from two sources.
export const dynamicParams = false;

type Props = { params: Promise<{ pair: string }> };

export async function generateStaticParams(): Promise<{ pair: string }[]> {
  const roles = await listRoleRefs(db);
  return roles.flatMap((a) => roles.map((b) => ({ pair: `${a.slug}-vs-${b.slug}` })));
}

type Loaded =
  | { kind: "comparison"; a: RoleRef; b: RoleRef; data: ComparisonData; comparison: Comparison }
  | { kind: "uncovered"; a: RoleRef; b: RoleRef }
  | { kind: "same"; role: RoleRef };

async function load(pair: string): Promise<Loaded | "redirect" | null> {
  const parsed = parsePairSlug(pair);
  const roles = await listRoleRefs(db);
  const find = (slug: string) => roles.find((r) => r.slug === slug);
  if (parsed.kind === "invalid") return null;
  if (parsed.kind === "same") {
    const role = find(parsed.slug);
    return role ? { kind: "same", role } : null;
  }
  const a = find(parsed.a);
  const b = find(parsed.b);
  if (!a || !b) return null;
  if (!parsed.isCanonical) return "redirect";
  const data = await getComparisonData(db, a.slug, b.slug);
  if (!data) return { kind: "uncovered", a, b };
  return { kind: "comparison", a, b, data, comparison: buildComparison(data.figures, a.slug, b.slug) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { pair } = await params;
  const loaded = await load(pair);
  if (loaded === null || loaded === "redirect") return {};
  if (loaded.kind === "same") {
    return {
      ...pageMetadata({
        title: `Compare ${loaded.role.name} with another role`,
        description: `Pick a second role to compare with ${loaded.role.name}.`,
        path: `/compare/${pair}`,
      }),
      robots: { index: false },
    };
  }
  const title = `${loaded.a.name} vs ${loaded.b.name}`;
  if (loaded.kind === "uncovered") {
    return {
      ...pageMetadata({
        title,
        description: `No published analysis covers both ${loaded.a.name} and ${loaded.b.name} yet.`,
        path: `/compare/${pair}`,
      }),
      robots: { index: false },
    };
  }
  const { comparison: c, data } = loaded;
  const gap = c.salaryGap
    ? ` ${c.salaryGap.higher.name} pays ${formatUsd(c.salaryGap.dollars)} more at the median.`
    : "";
  return pageMetadata({
    title: `${title}: salary, skills and demand (${formatMonth(data.figures.snapshot.dataMonth)})`,
    description: `${title} compared on ${data.figures.snapshot.publisher}'s job-posting data:${gap} Skill demand side by side, shared and exclusive skills, top-paying skills and FAQ.`,
    path: `/compare/${pair}`,
  });
}

export default async function ComparePage({ params }: Props) {
  const { pair } = await params;
  const loaded = await load(pair);
  if (loaded === null) notFound();
  if (loaded === "redirect") {
    const parsed = parsePairSlug(pair);
    if (parsed.kind === "pair") permanentRedirect(`/compare/${parsed.canonical}`);
    notFound();
  }
  if (loaded.kind === "same") return <SameRole role={loaded.role} />;
  if (loaded.kind === "uncovered") return <Uncovered a={loaded.a} b={loaded.b} />;
  return (
    <HydrateWhenIdle>
      <ComparisonView pair={pair} data={loaded.data} c={loaded.comparison} />
    </HydrateWhenIdle>
  );
}

async function SameRole({ role }: { role: RoleRef }) {
  const comparisons = (await listComparisons(db)).filter(
    (c) => c.a.slug === role.slug || c.b.slug === role.slug,
  );
  return (
    <div className="container-page py-12">
      <h1 className="text-title">Compare {role.name} with another role</h1>
      <p className="mt-3 max-w-2xl text-lead text-muted-foreground">
        A comparison needs two different roles. Pick one of the comparisons below, or read{" "}
        <Link className="link" href={`/roles/${role.slug}`}>
          everything we hold about {role.name}
        </Link>
        .
      </p>
      <ComparisonLinks
        items={comparisons.map((c) => ({ slug: c.slug, label: `${c.a.name} vs ${c.b.name}` }))}
      />
    </div>
  );
}

async function Uncovered({ a, b }: { a: RoleRef; b: RoleRef }) {
  const comparisons = (await listComparisons(db)).filter((c) =>
    [a.slug, b.slug].some((s) => s === c.a.slug || s === c.b.slug),
  );
  return (
    <div className="container-page py-12">
      <h1 className="text-title">
        {a.name} vs {b.name}
      </h1>
      <p className="mt-3 max-w-2xl text-lead text-muted-foreground">
        No published analysis we hold covers both roles at once. Figures from two different analyses are not
        comparable (each uses its own postings, dates and salary sample), so we do not put them side by side.
      </p>
      <p className="mt-4">
        Read each role on its own:{" "}
        <Link className="link" href={`/roles/${a.slug}`}>
          {a.name}
        </Link>{" "}
        and{" "}
        <Link className="link" href={`/roles/${b.slug}`}>
          {b.name}
        </Link>
        , or open a comparison that one source covers:
      </p>
      <ComparisonLinks
        items={comparisons.map((c) => ({ slug: c.slug, label: `${c.a.name} vs ${c.b.name}` }))}
      />
    </div>
  );
}
