import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";

import {
  formatCount,
  formatMonth,
  formatPercentRounded,
  formatShare,
  formatUsd,
  formatUsdChange,
} from "@/lib/format";
import { buildComparison, SKILL_THRESHOLD, type Comparison, type SkillPair } from "@/lib/roles/comparison";
import { parsePairSlug } from "@/lib/roles/pairs";
import { getComparisonData, listComparisons, listRoleRefs, type ComparisonData } from "@/lib/roles/queries";
import type { BreakdownDimension, RoleFigures, RoleRef } from "@/lib/roles/types";
import { pageMetadata } from "@/lib/seo";
import { site } from "@/lib/site";
import { ButtonLink } from "@/components/ui/button";
import { BreakdownChart } from "@/components/charts/breakdown-chart";
import { GroupedBarChart } from "@/components/charts/grouped-bar-chart";
import { ComputedBadge } from "@/components/roles/computed-badge";
import { PractiseLink, practisePath } from "@/components/roles/practise-link";
import { SourceNote } from "@/components/roles/source-note";
import { JsonLd } from "@/components/seo/json-ld";

import type { Metadata } from "next";

// Every pair of roles is prerendered at build time; nothing here queries per request. Reversed
// pairs redirect to the alphabetical order, a role against itself gets its own page, and a pair
// no snapshot covers says so instead of mixing figures from two sources.
export const dynamicParams = false;

type Props = { params: Promise<{ pair: string }> };

export async function generateStaticParams(): Promise<{ pair: string }[]> {
  const roles = await listRoleRefs();
  return roles.flatMap((a) => roles.map((b) => ({ pair: `${a.slug}-vs-${b.slug}` })));
}

type Loaded =
  | { kind: "comparison"; a: RoleRef; b: RoleRef; data: ComparisonData; comparison: Comparison }
  | { kind: "uncovered"; a: RoleRef; b: RoleRef }
  | { kind: "same"; role: RoleRef };

async function load(pair: string): Promise<Loaded | "redirect" | null> {
  const parsed = parsePairSlug(pair);
  const roles = await listRoleRefs();
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
  const data = await getComparisonData(a.slug, b.slug);
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
  return <ComparisonView pair={pair} data={loaded.data} c={loaded.comparison} />;
}

async function SameRole({ role }: { role: RoleRef }) {
  const comparisons = (await listComparisons()).filter(
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
  const comparisons = (await listComparisons()).filter((c) =>
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

function ComparisonLinks({ items }: { items: { slug: string; label: string }[] }) {
  return (
    <ul className="mt-6 grid gap-2 sm:grid-cols-2">
      {items.map((item) => (
        <li key={item.slug}>
          <Link className="link" href={`/compare/${item.slug}`}>
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function orDash(value: string | null) {
  return value ?? <span className="text-muted-foreground">not reported</span>;
}

const salaryCell = (r: RoleFigures) =>
  r.medianBaseSalaryUsd === null
    ? null
    : `${formatUsd(r.medianBaseSalaryUsd)}${r.salarySampleSize !== null ? ` (n=${formatCount(r.salarySampleSize)})` : ""}`;

function ComparisonView({ pair, data, c }: { pair: string; data: ComparisonData; c: Comparison }) {
  const { snapshot } = data.figures;
  const { a, b } = c;
  const series = [
    { key: "a", label: a.role.name },
    { key: "b", label: b.role.name },
  ];
  const toDatum = (p: SkillPair) => ({
    label: p.skill.name,
    href: practisePath(p.skill.slug),
    values: { a: p.a, b: p.b },
  });
  const overlap = c.reportedFigures.find((f) => f.key.startsWith("skill-overlap-jaccard"));
  const title = `${a.role.name} vs ${b.role.name}`;
  const breakdowns: { dimension: BreakdownDimension; heading: string }[] = [
    { dimension: "SENIORITY", heading: "Seniority" },
    { dimension: "WORK_MODE", heading: "Work mode" },
    { dimension: "COUNTRY", heading: "Countries" },
  ];

  return (
    <article className="container-page py-10 sm:py-12">
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "FAQPage",
          mainEntity: c.faq.map((entry) => ({
            "@type": "Question",
            name: entry.question,
            acceptedAnswer: { "@type": "Answer", text: entry.answer },
          })),
        }}
      />
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "BreadcrumbList",
          itemListElement: [
            { "@type": "ListItem", position: 1, name: site.name, item: "/" },
            { "@type": "ListItem", position: 2, name: "Compare roles", item: "/compare" },
            { "@type": "ListItem", position: 3, name: title, item: `/compare/${pair}` },
          ],
        }}
      />
      <nav aria-label="Breadcrumb" className="text-sm text-muted-foreground">
        <Link className="link" href="/compare">
          Compare roles
        </Link>{" "}
        / {title}
      </nav>
      <h1 className="mt-3 text-title">{title}</h1>
      <p className="mt-3 max-w-3xl text-lead text-muted-foreground">
        What each role pays, how many postings ask for it and which skills they ask for, from one analysis of
        job postings: {snapshot.publisher}, {formatMonth(snapshot.dataMonth)}.
      </p>
      <div className="mt-6">
        <SourceNote snapshot={snapshot} />
      </div>
      {data.others.length > 0 && (
        <p className="mt-3 text-sm text-muted-foreground">
          Other analyses of these two roles, not mixed in here:{" "}
          {data.others.map((o, i) => (
            <span key={o.slug}>
              {i > 0 && "; "}
              <a className="link" href={o.url} rel="noopener noreferrer">
                {o.publisher}, {formatMonth(o.dataMonth)}
              </a>
            </span>
          ))}
          .
        </p>
      )}

      <section aria-labelledby="headline" className="mt-10">
        <h2 id="headline" className="text-heading">
          At a glance
        </h2>
        <div className="mt-4 overflow-x-auto rounded-lg border">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Headline figures for {title}</caption>
            <thead className="bg-muted/50">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">
                  Figure
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  {a.role.name}
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  {b.role.name}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y">
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
                <th scope="row" className="px-4 py-3 font-medium">
                  Skill overlap
                </th>
                <td colSpan={2} className="px-4 py-3">
                  {overlap ? (
                    <span>
                      {overlap.value.toFixed(2)} Jaccard, as reported by the source ({overlap.label}).
                    </span>
                  ) : (
                    <span className="text-muted-foreground">not reported by the source.</span>
                  )}
                  {c.computedOverlap && (
                    <span className="mt-1 block text-muted-foreground">
                      {c.computedOverlap.jaccard.toFixed(2)} over the skills this source gives shares for (
                      {c.computedOverlap.shared} of {c.computedOverlap.union} skills reach{" "}
                      {formatShare(SKILL_THRESHOLD)} in both roles) <ComputedBadge />
                    </span>
                  )}
                </td>
              </tr>
            </tbody>
          </table>
        </div>
      </section>

      {c.findings.length > 0 && (
        <section aria-labelledby="findings" className="mt-10">
          <h2 id="findings" className="text-heading">
            Key findings
          </h2>
          <ul className="mt-4 max-w-3xl list-disc space-y-2 pl-5">
            {c.findings.map((finding) => (
              <li key={finding.text}>
                {finding.text} {finding.computed && <ComputedBadge />}
              </li>
            ))}
          </ul>
        </section>
      )}

      {c.skills.length > 0 && (
        <section aria-labelledby="demand" className="mt-10">
          <h2 id="demand" className="text-heading">
            Skill demand
          </h2>
          <div className="mt-4">
            <GroupedBarChart
              id="skill-demand"
              title={`Share of ${a.role.name} and ${b.role.name} postings that ask for each skill`}
              description={`${snapshot.publisher}, ${formatMonth(snapshot.dataMonth)}. "Not reported" means the source gives no figure for that role, usually because the skill falls below the source's own cut-off. Each skill links to its questions.`}
              series={series}
              data={c.skills.map(toDatum)}
            />
          </div>
        </section>
      )}

      <section aria-labelledby="split" className="mt-10">
        <h2 id="split" className="text-heading">
          Shared and exclusive skills
        </h2>
        <p className="mt-2 max-w-3xl text-sm text-muted-foreground">
          A skill counts for a role when at least {formatShare(SKILL_THRESHOLD)} of its postings ask for it.
          Exclusive means the other role is below that or the source gives no figure. <ComputedBadge />
        </p>
        <div className="mt-4 grid gap-6 md:grid-cols-3">
          <SkillList
            heading="Shared"
            pairs={c.shared}
            show={(p) => `${formatShare(p.a!)} · ${formatShare(p.b!)}`}
          />
          <SkillList heading={`Only ${a.role.name}`} pairs={c.onlyA} show={(p) => formatShare(p.a!)} />
          <SkillList heading={`Only ${b.role.name}`} pairs={c.onlyB} show={(p) => formatShare(p.b!)} />
        </div>
      </section>

      {c.divergences.length > 0 && (
        <section aria-labelledby="practise" className="mt-10">
          <h2 id="practise" className="text-heading">
            Practise where the roles diverge
          </h2>
          <ul className="mt-4 grid gap-3 sm:grid-cols-2">
            {c.divergences.slice(0, 6).map((p) => (
              <li key={p.skill.slug} className="rounded-lg border p-4">
                <p className="font-medium">{p.skill.name}</p>
                <p className="text-sm text-muted-foreground">
                  {formatShare(p.a!)} of {a.role.name} postings, {formatShare(p.b!)} of {b.role.name}
                </p>
                <p className="mt-2 text-sm">
                  <PractiseLink skill={p.skill} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}

      {(c.topPaying.a.length > 0 ||
        c.topPaying.b.length > 0 ||
        c.printedPremiums.a.length > 0 ||
        c.printedPremiums.b.length > 0) && (
        <section aria-labelledby="pay" className="mt-10">
          <h2 id="pay" className="text-heading">
            Top-paying skills
          </h2>
          <div className="mt-4 grid gap-6 md:grid-cols-2">
            {[
              { role: a, paying: c.topPaying.a, premiums: c.printedPremiums.a },
              { role: b, paying: c.topPaying.b, premiums: c.printedPremiums.b },
            ].map(({ role, paying, premiums }) => (
              <PayTable key={role.role.slug} role={role} paying={paying} premiums={premiums} />
            ))}
          </div>
        </section>
      )}

      {breakdowns.map(({ dimension, heading }) => {
        const labels = [
          ...new Set(
            [a, b].flatMap((r) => r.breakdowns.filter((x) => x.dimension === dimension).map((x) => x.label)),
          ),
        ];
        if (labels.length === 0) return null;
        const share = (r: RoleFigures, label: string) =>
          r.breakdowns.find((x) => x.dimension === dimension && x.label === label)?.share ?? null;
        return (
          <section key={dimension} aria-labelledby={`breakdown-${dimension}`} className="mt-10">
            <h2 id={`breakdown-${dimension}`} className="text-heading">
              {heading}
            </h2>
            <div className="mt-4">
              <BreakdownChart
                id={`breakdown-${dimension.toLowerCase()}`}
                title={`${heading}: share of postings`}
                description={
                  dimension === "WORK_MODE"
                    ? "A posting can carry more than one work-mode tag, so shares can add up to more than 100%."
                    : `As ${snapshot.publisher} reports it; groups it does not list are left out.`
                }
                series={series}
                data={labels.map((label) => ({ label, values: { a: share(a, label), b: share(b, label) } }))}
              />
            </div>
          </section>
        );
      })}

      {(c.suits.a.length > 0 || c.suits.b.length > 0) && (
        <section aria-labelledby="suits" className="mt-10">
          <h2 id="suits" className="text-heading">
            Who each role suits
          </h2>
          <div className="mt-4 grid gap-6 md:grid-cols-2">
            {[
              { role: a, other: b, lean: c.suits.a, side: "a" as const },
              { role: b, other: a, lean: c.suits.b, side: "b" as const },
            ].map(({ role, other, lean, side }) =>
              lean.length === 0 ? null : (
                <div key={role.role.slug} className="rounded-lg border p-5">
                  <h3 className="text-subheading">{role.role.name}</h3>
                  <p className="mt-2 text-sm">
                    Suits you if your strengths are the skills its postings ask for far more often than{" "}
                    {other.role.name} postings do:
                  </p>
                  <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
                    {lean.map((p) => (
                      <li key={p.skill.slug}>
                        <PractiseLink skill={p.skill}>{p.skill.name}</PractiseLink>: {formatShare(p[side]!)}
                        {p[side === "a" ? "b" : "a"] === null
                          ? ` (not reported for ${other.role.name})`
                          : ` vs ${formatShare(p[side === "a" ? "b" : "a"]!)}`}
                      </li>
                    ))}
                  </ul>
                </div>
              ),
            )}
          </div>
        </section>
      )}

      {c.faq.length > 0 && (
        <section aria-labelledby="faq" className="mt-10">
          <h2 id="faq" className="text-heading">
            Questions people ask
          </h2>
          <dl className="mt-4 max-w-3xl space-y-5">
            {c.faq.map((entry) => (
              <div key={entry.question}>
                <dt className="font-medium">{entry.question}</dt>
                <dd className="mt-1 text-muted-foreground">{entry.answer}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}

      <section aria-labelledby="next" className="mt-12 rounded-xl border bg-accent/40 p-6">
        <h2 id="next" className="text-heading">
          Keep going
        </h2>
        <div className="mt-4 flex flex-wrap gap-3">
          <ButtonLink href={`/roles/${a.role.slug}`} variant="outline">
            All about {a.role.name}
          </ButtonLink>
          <ButtonLink href={`/roles/${b.role.slug}`} variant="outline">
            All about {b.role.name}
          </ButtonLink>
          <ButtonLink href="/compare">Compare other roles</ButtonLink>
        </div>
        <p className="mt-4 text-sm text-muted-foreground">
          Figures marked <ComputedBadge /> are our arithmetic on the source&apos;s figures; every other figure
          is as {snapshot.publisher} published it.
        </p>
      </section>
    </article>
  );
}

function HeadlineRow({ label, a, b }: { label: string; a: string | null; b: string | null }) {
  return (
    <tr>
      <th scope="row" className="px-4 py-3 font-medium">
        {label}
      </th>
      <td className="px-4 py-3 tabular-nums">{orDash(a)}</td>
      <td className="px-4 py-3 tabular-nums">{orDash(b)}</td>
    </tr>
  );
}

function SkillList({
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
              <PractiseLink skill={p.skill}>{p.skill.name}</PractiseLink>
              <span className="text-muted-foreground tabular-nums">{show(p)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function PayTable({
  role,
  paying,
  premiums,
}: {
  role: RoleFigures;
  paying: Comparison["topPaying"]["a"];
  premiums: Comparison["printedPremiums"]["a"];
}) {
  return (
    <div>
      <h3 className="text-subheading">{role.role.name}</h3>
      {paying.length === 0 && premiums.length === 0 ? (
        <p className="mt-2 text-sm text-muted-foreground">The source gives no per-skill pay for this role.</p>
      ) : (
        <div className="mt-2 overflow-x-auto rounded-lg border">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Top-paying skills for {role.role.name}</caption>
            <thead className="bg-muted/50">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  Skill
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Median US base
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  vs role median <ComputedBadge />
                </th>
              </tr>
            </thead>
            <tbody className="divide-y">
              {paying.map((p) => (
                <tr key={p.skill.slug}>
                  <th scope="row" className="px-3 py-2 font-normal">
                    {p.skill.name}
                  </th>
                  <td className="px-3 py-2 tabular-nums">
                    {formatUsd(p.medianSalaryUsd)}
                    {p.salarySampleSize !== null && (
                      <span className="text-muted-foreground"> (n={formatCount(p.salarySampleSize)})</span>
                    )}
                  </td>
                  <td className="px-3 py-2 tabular-nums">
                    {p.overRoleMedian === null
                      ? "not reported"
                      : `${formatUsdChange(p.overRoleMedian)} (${formatPercentRounded(p.overRoleMedian / role.medianBaseSalaryUsd!)})`}
                  </td>
                </tr>
              ))}
              {premiums.map((p) => (
                <tr key={p.skill.slug}>
                  <th scope="row" className="px-3 py-2 font-normal">
                    {p.skill.name}
                  </th>
                  <td className="px-3 py-2 text-muted-foreground">not reported</td>
                  <td className="px-3 py-2 tabular-nums">
                    {formatUsdChange(p.salaryPremiumUsd)} (as printed)
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
