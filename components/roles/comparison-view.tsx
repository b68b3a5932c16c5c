import { formatMonth, formatShare } from "@/lib/format";
import { SKILL_THRESHOLD, type Comparison, type SkillPair } from "@/lib/roles/comparison";
import type { ComparisonData } from "@/lib/roles/queries";
import type { BreakdownDimension, RoleFigures } from "@/lib/roles/types";
import { ButtonLink } from "@/components/ui/button";
import { GroupedBarChart } from "@/components/charts/grouped-bar-chart";
import { Breadcrumbs } from "@/components/seo/breadcrumbs";
import { JsonLd } from "@/components/seo/json-ld";

import { ComputedBadge } from "./computed-badge";
import { FiguresTable, NotReported } from "./figures-table";
import { HeadlineTable } from "./headline-table";
import { OnThisPage, type PageSection } from "./on-this-page";
import { PayTable } from "./pay-table";
import { PractiseLink } from "./practise-link";
import { SkillList } from "./skill-list";
import { SkillQuestionsLink, skillQuestionsPath } from "./skill-questions-link";
import { SourceNote } from "./source-note";
import { TransitionSkills } from "./transition-skills";

/** Each breakdown: its section heading, and the head of its table's first column. */
const BREAKDOWNS: { dimension: BreakdownDimension; heading: string; column: string }[] = [
  { dimension: "SENIORITY", heading: "Seniority", column: "Seniority" },
  { dimension: "WORK_MODE", heading: "Work mode", column: "Work mode" },
  { dimension: "COUNTRY", heading: "Countries", column: "Country" },
];

/** The whole comparison of two roles from one snapshot: every section of /compare/[a]-vs-[b]. */
export function ComparisonView({ pair, data, c }: { pair: string; data: ComparisonData; c: Comparison }) {
  const { snapshot } = data.figures;
  const { a, b } = c;
  const series = [
    { key: "a", label: a.role.name },
    { key: "b", label: b.role.name },
  ];
  const toDatum = (p: SkillPair) => ({
    label: p.skill.name,
    href: skillQuestionsPath(p.skill.slug),
    values: { a: p.a, b: p.b },
  });
  const overlap = c.reportedFigures.find((f) => f.key.startsWith("skill-overlap-jaccard"));
  const title = `${a.role.name} vs ${b.role.name}`;
  // Each breakdown with the labels either role reports for it; one neither reports is left out.
  const breakdowns = BREAKDOWNS.map((breakdown) => ({
    ...breakdown,
    labels: [
      ...new Set(
        [a, b].flatMap((r) =>
          r.breakdowns.filter((x) => x.dimension === breakdown.dimension).map((x) => x.label),
        ),
      ),
    ],
  })).filter((breakdown) => breakdown.labels.length > 0);
  const hasPay =
    c.topPaying.a.length > 0 ||
    c.topPaying.b.length > 0 ||
    c.printedPremiums.a.length > 0 ||
    c.printedPremiums.b.length > 0;
  const hasSuits = c.suits.a.length > 0 || c.suits.b.length > 0;
  // The same conditions as the sections below, so every jump link has a heading to land on.
  const sections: (PageSection | false)[] = [
    { id: "headline", label: "At a glance" },
    c.findings.length > 0 && { id: "findings", label: "Key findings" },
    c.skills.length > 0 && { id: "demand", label: "Skill demand" },
    { id: "split", label: "Shared and exclusive skills" },
    { id: "transition", label: "Moving between the roles" },
    c.divergences.length > 0 && { id: "practise", label: "Practise where they diverge" },
    hasPay && { id: "pay", label: "Top-paying skills" },
    ...breakdowns.map(({ dimension, heading }) => ({ id: `breakdown-${dimension}`, label: heading })),
    hasSuits && { id: "suits", label: "Who each role suits" },
    c.faq.length > 0 && { id: "faq", label: "Questions people ask" },
  ];

  return (
    <article className="container-page py-10 sections-render-near-view sm:py-12">
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
      <Breadcrumbs
        trail={[
          { name: "Compare roles", path: "/compare" },
          { name: title, path: `/compare/${pair}` },
        ]}
      />
      <h1 className="mt-3 text-title">{title}</h1>
      <p className="mt-3 max-w-3xl text-lead text-muted-foreground">
        {`What each role pays, how many postings ask for it and which skills they ask for, from one analysis of job postings: ${snapshot.publisher}, ${formatMonth(snapshot.dataMonth)}.`}
      </p>
      <OnThisPage sections={sections.filter((section) => section !== false)} />
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
                {`${o.publisher}, ${formatMonth(o.dataMonth)}`}
              </a>
            </span>
          ))}
          .
        </p>
      )}

      <HeadlineTable c={c} title={title} overlap={overlap} />

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

      <TransitionSkills a={a} b={b} snapshot={snapshot} />

      {c.divergences.length > 0 && (
        <section aria-labelledby="practise" className="mt-10">
          <h2 id="practise" className="text-heading">
            Practise where the roles diverge
          </h2>
          {/* The practise-cards utility (app/globals.css) styles each card and its three lines. */}
          <ul className="practise-cards">
            {c.divergences.slice(0, 6).map((p) => (
              <li key={p.skill.slug}>
                <p>{p.skill.name}</p>
                <p>{`${formatShare(p.a!)} of ${a.role.name} postings, ${formatShare(p.b!)} of ${b.role.name}`}</p>
                <p>
                  <PractiseLink skill={p.skill} />
                  <SkillQuestionsLink skill={p.skill}>Browse {p.skill.name} questions</SkillQuestionsLink>
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}

      {hasPay && (
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

      {breakdowns.map(({ dimension, heading, column, labels }) => {
        const share = (r: RoleFigures, label: string) =>
          r.breakdowns.find((x) => x.dimension === dimension && x.label === label)?.share ?? null;
        return (
          <section key={dimension} aria-labelledby={`breakdown-${dimension}`} className="mt-10">
            <h2 id={`breakdown-${dimension}`} className="text-heading">
              {heading}
            </h2>
            <p className="mt-2 max-w-3xl text-sm text-muted-foreground">
              {dimension === "WORK_MODE"
                ? "The share of each role's postings with each work-mode tag. A posting can carry more than one, so shares can add up to more than 100%."
                : `The share of each role's postings in each group, as ${snapshot.publisher} reports it; groups it does not list are left out.`}
            </p>
            {/* A short table, not a chart (issue 18: page weight); every figure is printed either way. */}
            <FiguresTable
              caption={`${heading}: share of postings`}
              columns={[column, a.role.name, b.role.name]}
            >
              {labels.map((label) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  {[share(a, label), share(b, label)].map((value, index) => (
                    <td key={index}>{value === null ? <NotReported /> : formatShare(value)}</td>
                  ))}
                </tr>
              ))}
            </FiguresTable>
          </section>
        );
      })}

      {hasSuits && (
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
                    {`Suits you if your strengths are the skills its postings ask for far more often than ${other.role.name} postings do:`}
                  </p>
                  <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
                    {lean.map((p) => {
                      const theirs = p[side === "a" ? "b" : "a"];
                      const vs =
                        theirs === null
                          ? ` (not reported for ${other.role.name})`
                          : ` vs ${formatShare(theirs)}`;
                      return (
                        <li key={p.skill.slug}>
                          <SkillQuestionsLink skill={p.skill} />
                          {`: ${formatShare(p[side]!)}${vs}`}
                        </li>
                      );
                    })}
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
            {`All about ${a.role.name}`}
          </ButtonLink>
          <ButtonLink href={`/roles/${b.role.slug}`} variant="outline">
            {`All about ${b.role.name}`}
          </ButtonLink>
          <ButtonLink href="/compare">Compare other roles</ButtonLink>
        </div>
        <p className="mt-4 text-sm text-muted-foreground">
          Figures marked <ComputedBadge />
          {` are our arithmetic on the source's figures; every other figure is as ${snapshot.publisher} published it.`}
        </p>
      </section>
    </article>
  );
}
