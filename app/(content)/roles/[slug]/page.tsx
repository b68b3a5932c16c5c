import { notFound } from "next/navigation";

import { formatCount, formatMonth, formatShare, formatUsd } from "@/lib/format";
import { getRoleDetail, listRoleRefs, type RoleDetail } from "@/lib/roles/queries";
import { distinctSkillCount, skillsBySource, type SourceSkills } from "@/lib/roles/role-skills";
import { salarySpread } from "@/lib/roles/spread";
import type { ReportedFigure, RoleFigures } from "@/lib/roles/types";
import { pageMetadata } from "@/lib/seo";
import { db } from "@/lib/db";
import { ButtonLink } from "@/components/ui/button";
import { GroupedBarChart } from "@/components/charts/grouped-bar-chart";
import { HydrateWhenIdle } from "@/components/layout/hydrate-when-idle";
import { ComputedBadge } from "@/components/roles/computed-badge";
import { FiguresTable, NotReported } from "@/components/roles/figures-table";
import { OnThisPage, type PageSection } from "@/components/roles/on-this-page";
import { PayTable } from "@/components/roles/pay-table";
import { rolePractisePath } from "@/components/roles/practise-link";
import { skillQuestionsPath } from "@/components/roles/skill-questions-link";
import { SourceNote } from "@/components/roles/source-note";
import { Breadcrumbs } from "@/components/seo/breadcrumbs";
import { Link } from "@/components/ui/link";

import type { Metadata } from "next";

// Prerendered for every role at build time; an unknown slug is the site's 404, which lists the roles.
export const dynamicParams = false;

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return (await listRoleRefs(db)).map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const role = await getRoleDetail(db, (await params).slug);
  if (!role) return {};
  return pageMetadata({
    title: `${role.name}: salary, postings and skills by source`,
    description: `${role.summary} Every published figure we hold for ${role.name}, source by source, with dates and sample sizes.`,
    path: `/roles/${role.slug}`,
  });
}

export default async function RolePage({ params }: Props) {
  const role = await getRoleDetail(db, (await params).slug);
  if (!role) notFound();
  const skillSources = skillsBySource(role.sources);
  const postingSources = [...role.sources, ...role.reports]
    .map((s) => s.snapshot)
    .filter((snapshot, i, all) => all.findIndex((other) => other.slug === snapshot.slug) === i)
    .sort((x, y) => y.dataMonth.localeCompare(x.dataMonth) || x.slug.localeCompare(y.slug));
  const spread = salarySpread(
    role.sources.map((s) => ({ snapshot: s.snapshot, median: s.figures.medianBaseSalaryUsd })),
  );
  // The same conditions as the sections below, so every jump link has a heading to land on.
  const hasPostings = role.sources.length > 0;
  const sections: (PageSection | false)[] = [
    hasPostings && { id: "by-source", label: "Figures by source" },
    skillSources.length > 0 && { id: "skills", label: "Skills by source" },
    hasPostings && role.comparisons.length > 0 && { id: "comparisons", label: "Comparisons" },
    role.reports.length > 0 && { id: "reported", label: "What the sources report" },
    role.otherMeasures.length > 0 && { id: "other-measures", label: "Other measures" },
    postingSources.length > 0 && { id: "sources", label: "Sources" },
  ];

  return (
    <HydrateWhenIdle>
      <article className="container-page py-10 sections-render-near-view sm:py-12">
        <Breadcrumbs
          trail={[
            { name: "Roles", path: "/roles" },
            { name: role.name, path: `/roles/${role.slug}` },
          ]}
        />
        <h1 className="mt-3 text-title">{role.name}</h1>
        <p className="mt-3 max-w-3xl text-lead text-muted-foreground">{role.summary}</p>
        <div className="mt-6 flex flex-wrap items-center gap-x-4 gap-y-2">
          <ButtonLink href={rolePractisePath(role.slug)}>Practise for this role</ButtonLink>
          <p className="max-w-xl text-sm text-muted-foreground">
            Opens a practice session. If you have no target role yet, {role.name} is picked for you to
            confirm; if you are not signed in, you sign in first.
          </p>
        </div>

        <OnThisPage sections={sections.filter((section) => section !== false)} />

        {role.sources.length === 0 ? (
          <p className="mt-8">No analysis of job postings we hold gives figures for this role yet.</p>
        ) : (
          <>
            <section aria-labelledby="by-source" className="mt-10">
              <h2 id="by-source" className="text-heading">
                Figures by source
              </h2>
              <p className="mt-2 max-w-3xl text-sm text-muted-foreground">
                Each analysis uses its own postings, dates and salary sample, so the same role&apos;s figures
                differ from one to the next. They are shown side by side, never averaged.
              </p>
              {spread && (
                <p className="mt-3 max-w-3xl">
                  The median US base salary ranges from {formatUsd(spread.min.median)} (
                  {spread.min.snapshot.publisher}, {formatMonth(spread.min.snapshot.dataMonth)}) to{" "}
                  {formatUsd(spread.max.median)} ({spread.max.snapshot.publisher},{" "}
                  {formatMonth(spread.max.snapshot.dataMonth)}) across {spread.count} analyses: a spread of{" "}
                  {formatUsd(spread.max.median - spread.min.median)}. <ComputedBadge />
                </p>
              )}
              <SourcesTable role={role} />
            </section>

            <SkillsBySource role={role} sources={skillSources} />

            {role.comparisons.length > 0 && (
              <section aria-labelledby="comparisons" className="mt-10">
                <h2 id="comparisons" className="text-heading">
                  Comparisons with {role.name}
                </h2>
                <ul className="mt-4 grid gap-3 sm:grid-cols-2">
                  {role.comparisons.map((c) => (
                    <li key={c.slug} className="rounded-lg border p-4">
                      <Link className="link font-medium" href={`/compare/${c.slug}`}>
                        {role.name} vs {c.other.name}
                      </Link>
                      <p className="mt-1 text-sm text-muted-foreground">
                        {c.snapshot.publisher}, {formatMonth(c.snapshot.dataMonth)}
                      </p>
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </>
        )}

        <ReportedFigures reports={role.reports} />

        <OtherMeasures role={role} />

        {postingSources.length > 0 && (
          <section aria-labelledby="sources" className="mt-10">
            <h2 id="sources" className="text-heading">
              Sources
            </h2>
            <div className="mt-4 grid gap-3">
              {postingSources.map((snapshot) => (
                <SourceNote key={snapshot.slug} snapshot={snapshot} />
              ))}
            </div>
          </section>
        )}
      </article>
    </HydrateWhenIdle>
  );
}

const ROWS: { label: string; value: (f: RoleFigures) => string | null }[] = [
  {
    label: "Median US base salary",
    value: (f) => (f.medianBaseSalaryUsd === null ? null : formatUsd(f.medianBaseSalaryUsd)),
  },
  {
    label: "Salary sample (n)",
    value: (f) => (f.salarySampleSize === null ? null : formatCount(f.salarySampleSize)),
  },
  {
    label: "Active postings",
    value: (f) => (f.activePostings === null ? null : formatCount(f.activePostings)),
  },
  { label: "Remote share", value: (f) => (f.remoteShare === null ? null : formatShare(f.remoteShare)) },
  {
    label: "Entry-level share",
    value: (f) => (f.entryLevelShare === null ? null : formatShare(f.entryLevelShare)),
  },
];

function SourcesTable({ role }: { role: RoleDetail }) {
  return (
    <FiguresTable
      caption={`${role.name} figures in each source, newest first`}
      density="roomy"
      wide
      columns={[
        "Figure",
        ...role.sources.map((s) => (
          <>
            <a className="link" href={s.snapshot.url} rel="noopener noreferrer">
              {s.snapshot.publisher}
            </a>
            <span className="block font-normal text-muted-foreground">
              {formatMonth(s.snapshot.dataMonth)}
              {s.snapshot.roles.length > 1 &&
                ` · with ${s.snapshot.roles
                  .filter((r) => r.slug !== role.slug)
                  .map((r) => r.name)
                  .join(", ")}`}
            </span>
          </>
        )),
      ]}
    >
      {ROWS.map((row) => (
        <tr key={row.label}>
          <th scope="row">{row.label}</th>
          {role.sources.map((s) => (
            <td key={s.snapshot.slug}>{row.value(s.figures) ?? <NotReported />}</td>
          ))}
        </tr>
      ))}
    </FiguresTable>
  );
}

/**
 * Every skill figure we hold for the role, one block per source (issue 17): the posting shares as a
 * chart and the per-skill pay as a table, each under the source it comes from and never merged
 * with another source's figures.
 */
function SkillsBySource({ role, sources }: { role: RoleDetail; sources: SourceSkills[] }) {
  if (sources.length === 0) return null;
  const skillCount = distinctSkillCount(sources);
  return (
    <section aria-labelledby="skills" className="mt-10">
      <h2 id="skills" className="text-heading">
        {`Skills ${role.name} postings ask for`}
      </h2>
      <p className="mt-2 max-w-3xl text-sm text-muted-foreground">
        {`Every skill figure we hold for ${role.name}: ${skillCount} ${skillCount === 1 ? "skill" : "skills"} across ${sources.length} ${sources.length === 1 ? "analysis" : "analyses"}.`}{" "}
        Each analysis counted its own postings, so the same skill&apos;s share differs from one to the next:
        each is shown on its own, never combined. A skill a source does not list is left out of its figures,
        not counted as 0. Each skill links to its questions.
      </p>
      {sources.map((source) => (
        <SourceSkillsBlock key={source.snapshot.slug} role={role} source={source} />
      ))}
    </section>
  );
}

function SourceSkillsBlock({ role, source }: { role: RoleDetail; source: SourceSkills }) {
  const { snapshot } = source;
  const from = `${snapshot.publisher}, ${formatMonth(snapshot.dataMonth)}`;
  const others = snapshot.roles.filter((r) => r.slug !== role.slug);
  return (
    // A role's skills section holds a block per source, thousands of pixels in all: each is
    // rendered as it nears the viewport, like the page's sections.
    <div className="mt-8 render-near-view">
      <h3 className="text-subheading">
        <a className="link" href={snapshot.url} rel="noopener noreferrer">
          {snapshot.title}
        </a>
      </h3>
      <p className="mt-1 text-sm text-muted-foreground">
        {others.length > 0 ? `${from} · also covers ${others.map((r) => r.name).join(", ")}` : from}
      </p>
      {source.shares.length > 0 && (
        <GroupedBarChart
          id={`skills-${snapshot.slug}`}
          className="mt-4"
          title={`Share of ${role.name} postings that ask for each skill`}
          description={`${from}: ${source.shares.length} ${source.shares.length === 1 ? "skill" : "skills"} as the source published them, most asked-for first. Each skill links to its questions.`}
          series={[{ key: "role", label: role.name }]}
          data={source.shares.map((s) => ({
            label: s.skill.name,
            href: skillQuestionsPath(s.skill.slug),
            values: { role: s.share },
          }))}
        />
      )}
      {(source.paying.length > 0 || source.premiums.length > 0) && (
        <div className="mt-4">
          <PayTable
            role={source.figures}
            paying={source.paying}
            premiums={source.premiums}
            heading="Pay by skill"
            headingLevel="h4"
            caption={`Median US base salary of ${role.name} postings by skill (${from}, ${snapshot.title})`}
          />
        </div>
      )}
    </div>
  );
}

function formatReported(figure: ReportedFigure): string {
  switch (figure.unit) {
    case "usd":
      return formatUsd(figure.value);
    case "share":
      return formatShare(figure.value);
    case "count":
      return formatCount(figure.value);
    case "ratio":
      return figure.value.toFixed(2);
  }
}

/** Figures a source computed over data we do not hold, such as its overlap or a subset's median. */
function ReportedFigures({ reports }: { reports: RoleDetail["reports"] }) {
  if (reports.length === 0) return null;
  return (
    <section aria-labelledby="reported" className="mt-10">
      <h2 id="reported" className="text-heading">
        What the sources report about this role
      </h2>
      {reports.map((s) => (
        <div key={s.snapshot.slug} className="mt-4">
          <p className="text-sm text-muted-foreground">
            As reported by {s.snapshot.publisher}, {formatMonth(s.snapshot.dataMonth)}:
          </p>
          <ReportedList figures={s.reported} />
        </div>
      ))}
    </section>
  );
}

function ReportedList({ figures }: { figures: RoleDetail["reports"][number]["reported"] }) {
  return (
    <ul className="mt-2 list-disc space-y-1 pl-5">
      {figures.map((figure) => (
        <li key={figure.key}>
          {figure.label}: <span className="font-medium tabular-nums">{formatReported(figure)}</span>
          {figure.sampleSize !== null && (
            <span className="text-muted-foreground"> (n={formatCount(figure.sampleSize)})</span>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * Sources about another population than job postings: the wages of everyone in an occupation, or
 * what survey respondents report. Each is shown on its own with what it measures, never in the
 * table of postings figures above.
 */
function OtherMeasures({ role }: { role: RoleDetail }) {
  if (role.otherMeasures.length === 0) return null;
  return (
    <section aria-labelledby="other-measures" className="mt-10">
      <h2 id="other-measures" className="text-heading">
        Other measures of {role.name}
      </h2>
      <p className="mt-2 max-w-3xl text-sm text-muted-foreground">
        These sources do not count job postings: they measure everyone employed in an occupation, or the
        people who answered a survey. Their figures answer a different question from the advertised salaries
        above, so each is shown on its own, with what it measures.
      </p>
      {role.otherMeasures.map((m) => (
        <div key={m.snapshot.slug} className="mt-6">
          <h3 className="font-medium">{m.snapshot.publisher}</h3>
          <ReportedList figures={m.reported} />
          <div className="mt-3">
            <SourceNote snapshot={m.snapshot} />
          </div>
        </div>
      ))}
    </section>
  );
}
