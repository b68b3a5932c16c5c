import { db } from "@/lib/db";
import { formatMonth, formatMonthOf } from "@/lib/format";
import { getRoleDemand } from "@/lib/recommendations/demand-queries";
import {
  EXAMPLE_NOW,
  EXAMPLE_RATING,
  EXAMPLE_ROLE,
  examplePractised,
} from "@/lib/recommendations/methodology-example";
import { listMethodologySources } from "@/lib/recommendations/methodology-queries";
import { computeMastery, computePlan } from "@/lib/recommendations/model";
import { workedExampleRows } from "@/lib/recommendations/worked-example";
import { POPULATION_LABEL } from "@/lib/roles/populations";
import { pageMetadata } from "@/lib/seo";
import { ModelExplained } from "@/components/recommendations/model-explained";
import { MockScoresExplained } from "@/components/recommendations/mock-scores-explained";
import { OwnWorkedExample } from "@/components/recommendations/own-worked-example";
import { WorkedExample } from "@/components/recommendations/worked-example";
import { ComputedBadge } from "@/components/roles/computed-badge";
import { Breadcrumbs } from "@/components/seo/breadcrumbs";

// Static and prerendered: the sources come from the database at build time, and every constant
// of the model is imported from lib/recommendations/model.ts (and ts-fsrs), so this page cannot
// drift from the code that computes a plan. No session is read here.

export const metadata = pageMetadata({
  title: "How the numbers are made",
  description:
    "Where Gradient Prep's market figures come from, and the formulas behind skill demand, mastery, gaps, readiness and the role-to-role comparison, with a worked example.",
  path: "/methodology",
});

async function loadExample() {
  const demand = await getRoleDemand(db, EXAMPLE_ROLE);
  if (!demand || demand.skills.length === 0) return null;
  const [first, second] = demand.skills;
  const mastery = computeMastery({
    skillSlugs: demand.skills.map((s) => s.skillSlug),
    practised: first ? examplePractised(first.skillSlug) : [],
    selfRatings: new Map(second ? [[second.skillSlug, EXAMPLE_RATING]] : []),
    now: EXAMPLE_NOW,
  });
  const plan = computePlan({
    demands: demand.skills,
    roleMedianSalaryUsd: demand.roleMedianSalaryUsd,
    mastery,
  });
  return { demand, plan, firstSkill: first?.skillName ?? null, secondSkill: second?.skillName ?? null };
}

export default async function MethodologyPage() {
  const [sources, example] = await Promise.all([listMethodologySources(db), loadExample()]);

  return (
    <article className="container-page py-10 sm:py-12">
      <Breadcrumbs trail={[{ name: "Methodology", path: "/methodology" }]} />
      <h1 className="mt-3 text-title">How the numbers are made</h1>
      <p className="mt-3 max-w-3xl text-lead text-muted-foreground">
        Every market figure on this site comes from a named, dated source, most of them analyses of job
        postings. Every figure we compute from them follows one of the formulas below, and the constants
        printed here are read from the same code that computes your plan.
      </p>
      <nav aria-labelledby="on-this-page" className="mt-6 max-w-3xl rounded-lg border p-4 text-sm">
        <h2 id="on-this-page" className="font-medium">
          On this page
        </h2>
        <ul className="mt-2 grid gap-1 sm:grid-cols-2">
          <li>
            <a className="link" href="#sources">
              Data sources
            </a>
          </li>
          <li>
            <a className="link" href="#model">
              The model
            </a>
          </li>
          <li>
            <a className="link" href="#example">
              A worked example
            </a>
          </li>
          <li>
            <a className="link" href="#mocks">
              Mock interview scores
            </a>
          </li>
          <li>
            <a className="link" href="#limits">
              What the numbers do not say
            </a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="sources" className="mt-10">
        <h2 id="sources" className="text-heading">
          Data sources
        </h2>
        <ul className="mt-4 max-w-3xl list-disc space-y-2 pl-5">
          <li>
            Figures come only from named sources: each is shown with its publisher, a link to it and the month
            its data describes.
          </li>
          <li>
            One source per comparison and per plan. Two analyses use different postings, dates and salary
            samples, so their figures are never mixed on one page; other analyses of the same roles are
            listed, not blended in.
          </li>
          <li>
            A role&apos;s demand figures (for the plan and readiness) come from the newest snapshot that
            reports skill shares for that role; between snapshots of the same month, the first by name. The
            role&apos;s median salary is taken from that same snapshot.
          </li>
          <li>A comparison of two roles uses the newest snapshot that covers both.</li>
          <li>
            Comparisons, demand and the figures tables use analyses of job postings only. A source about
            another population (the wages of everyone employed in an occupation, a survey&apos;s respondents)
            answers a different question: its figures appear on the role pages under &ldquo;Other
            measures&rdquo;, each labelled with what it measures, and are never compared with postings
            figures.
          </li>
          <li>
            Figures we compute from a source&apos;s figures (differences, ratios, gaps, readiness) carry the{" "}
            <ComputedBadge /> label; every other figure is as the source printed it.
          </li>
        </ul>

        <h3 className="mt-6 text-subheading">
          The {sources.length} {sources.length === 1 ? "snapshot" : "snapshots"} we hold
        </h3>
        {sources.length === 0 ? (
          <p className="mt-2 text-muted-foreground">No market snapshot is loaded yet.</p>
        ) : (
          <ul className="mt-3 grid gap-3 md:grid-cols-2">
            {sources.map((source) => (
              <li key={source.slug} className="rounded-lg border p-4">
                <a className="link font-medium" href={source.url} rel="noopener noreferrer">
                  {source.title}
                </a>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                  <dt className="text-muted-foreground">Publisher</dt>
                  <dd>{source.publisher}</dd>
                  <dt className="text-muted-foreground">Data month</dt>
                  <dd>{formatMonth(source.dataMonth)}</dd>
                  <dt className="text-muted-foreground">Measures</dt>
                  <dd>{POPULATION_LABEL[source.population]}</dd>
                  <dt className="text-muted-foreground">Roles covered</dt>
                  <dd>{source.roles.map((r) => r.name).join(", ")}</dd>
                  <dt className="text-muted-foreground">Demand used for</dt>
                  <dd>
                    {source.population !== "job-postings" ? (
                      <span className="text-muted-foreground">none: it does not count job postings</span>
                    ) : source.demandFor.length === 0 ? (
                      <span className="text-muted-foreground">
                        none: each role it covers takes its demand from a newer snapshot, or one of the same
                        month that comes first
                      </span>
                    ) : (
                      source.demandFor.map((r) => r.name).join(", ")
                    )}
                  </dd>
                </dl>
              </li>
            ))}
          </ul>
        )}
      </section>

      <ModelExplained />

      <section aria-labelledby="example" className="mt-12 max-w-3xl">
        <h2 id="example" className="text-heading">
          A worked example
        </h2>
        {example ? (
          <>
            <p className="mt-2">
              <strong>An illustration, not anyone&apos;s real progress.</strong> The masteries are made up:
              {example.firstSkill && (
                <>
                  {" "}
                  the two attempts above on {example.firstSkill}
                  {example.secondSkill ? "," : ""}
                </>
              )}
              {example.secondSkill && (
                <>
                  {" "}
                  a self-rating of {EXAMPLE_RATING} on {example.secondSkill}
                </>
              )}
              , nothing on the rest. The demand figures are real: the {example.demand.role.name} skill shares
              from {example.demand.snapshot.publisher},{" "}
              <a className="link" href={example.demand.snapshot.url} rel="noopener noreferrer">
                {example.demand.snapshot.title}
              </a>{" "}
              ({formatMonthOf(example.demand.snapshot.dataMonth)}).
            </p>
            <div className="mt-6">
              <WorkedExample
                roleName={example.demand.role.name}
                rows={workedExampleRows(example.plan.gaps)}
                readiness={example.plan.readiness}
              />
            </div>
          </>
        ) : (
          <p className="mt-2 text-muted-foreground">
            The example needs the Machine Learning Engineer demand figures, which are not loaded yet.
          </p>
        )}
        <OwnWorkedExample />
      </section>

      <MockScoresExplained />

      <section aria-labelledby="limits" className="mt-12 max-w-3xl">
        <h2 id="limits" className="text-heading">
          What the numbers do not say
        </h2>
        <ul className="mt-4 list-disc space-y-2 pl-5">
          <li>
            Grades are self-reported. You judge your own answer against the model answer, so mastery measures
            how well you think you answered, and only on our questions, not the whole skill.
          </li>
          <li>
            A posting share is not an interview frequency. That 40% of postings name a skill does not mean 40%
            of interviews test it, or test it in depth.
          </li>
          <li>
            Sources differ. Each counts its own postings in its own month, draws its own line around a role
            and prints its own cut-off, so the same role can show different figures in two sources. That is
            why we never mix them.
          </li>
          <li>
            &ldquo;Not reported&rdquo; is not zero. A source usually leaves out skills below its cut-off; in a
            difference they count as 0, so the difference for such a skill is at most what is shown.
          </li>
          <li>
            Salaries are what the sources print, usually US base pay from postings that disclose it, without
            equity or bonus; each source&apos;s own caveats are shown next to its figures.
          </li>
        </ul>
      </section>
    </article>
  );
}
