import type { Metadata } from "next";

import { accountGone, requireUser } from "@/lib/auth";
import { requestNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { formatPercentRounded, formatShare, formatMonthOf } from "@/lib/format";
import { DIFFICULTY_LABELS, questionLabels } from "@/lib/questions/filters";
import { masterySourceLabel } from "@/lib/recommendations/labels";
import {
  parsePlanOrder,
  TOP_GAPS_WITH_QUESTIONS,
  type PlanGap,
  type PlanQuestion,
} from "@/lib/recommendations/plan";
import { getPlan } from "@/lib/recommendations/plan-queries";
import { listRoleRefs } from "@/lib/roles/queries";
import { cn } from "@/lib/utils/cn";
import { workedExampleRows } from "@/lib/recommendations/worked-example";
import { ButtonLink, buttonVariants } from "@/components/ui/button";
import { ChooseTargetRole } from "@/components/accounts/choose-target-role";
import { WorkedExample } from "@/components/recommendations/worked-example";
import { InlineTitle } from "@/components/questions/inline-title";
import { Link } from "@/components/ui/link";

export const metadata: Metadata = { title: "Your plan", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const fixed = (x: number) => x.toFixed(2);

export default async function PlanPage({ searchParams }: Props) {
  const params = await searchParams;
  const order = parsePlanOrder(params.order);
  const user = await requireUser();
  const plan = await getPlan(db, user.id, await requestNow(), order);
  if (!plan) accountGone();

  if (plan.status !== "ok") {
    return (
      <div className="container-page max-w-3xl py-10 sm:py-12">
        <h1 className="text-title">Your plan</h1>
        <p className="mt-4 text-lead text-muted-foreground">
          {plan.status === "no-target"
            ? "A plan ranks skills by how often the role you want asks for them, and by how well you know each one. Start by choosing that role."
            : `No source in our data reports which skills ${plan.targetRole.name} postings ask for, so there is no plan to make for it yet.`}
        </p>
        <ChooseTargetRole
          roles={await listRoleRefs(db)}
          currentRole={plan.status === "no-target" ? (plan.currentRole?.slug ?? null) : null}
          next="/plan"
          why="Your plan ranks the skills that role asks for by how far you are from them."
        />
      </div>
    );
  }

  const top = plan.gaps.slice(0, TOP_GAPS_WITH_QUESTIONS);
  const rest = plan.gaps.slice(TOP_GAPS_WITH_QUESTIONS);
  return (
    <div className="container-page py-10 sm:py-12">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-title">Your plan for {plan.targetRole.name}</h1>
          <p className="mt-2 max-w-3xl text-muted-foreground">
            {plan.currentRole ? `From ${plan.currentRole.name} to ${plan.targetRole.name}. ` : ""}
            Skills ranked by gap = demand × (1 − mastery): how often {plan.targetRole.name} postings ask for a
            skill (
            <a className="link" href={plan.source.url}>
              {plan.source.publisher}, {formatMonthOf(plan.source.dataMonth)}
            </a>
            ), times how much of it you have yet to show.{" "}
            <Link className="link" href="/methodology">
              How this works
            </Link>
          </p>
        </div>
        <ButtonLink href="/practice">Practise the top gaps</ButtonLink>
      </div>

      <div className="mt-8 grid gap-4 sm:grid-cols-[auto_1fr] sm:items-center">
        <div className="rounded-xl border bg-card p-5">
          <p className="text-sm text-muted-foreground">Readiness for {plan.targetRole.name}</p>
          <p className="text-4xl font-semibold tabular-nums" data-testid="readiness">
            {formatPercentRounded(plan.readiness)}
          </p>
        </div>
        <nav aria-label="Order of the gaps" className="flex flex-wrap items-center gap-2">
          <span className="text-sm font-medium">Order by</span>
          <OrderLink current={order} value="demand" label="Most asked for" />
          {plan.hasPayData ? (
            <OrderLink current={order} value="pay" label="Pays most" />
          ) : (
            <span className="text-sm text-muted-foreground">
              (&ldquo;Pays most&rdquo; needs skill salaries, which this source does not report for{" "}
              {plan.targetRole.name}.)
            </span>
          )}
        </nav>
      </div>
      {order === "pay" ? (
        <p className="mt-3 max-w-3xl text-sm text-muted-foreground">
          Ordered by gap × (median salary of postings asking for the skill ÷ the role&apos;s median), both
          from the same source; skills without a reported salary come after, by gap.
        </p>
      ) : null}

      <ol className="mt-8 grid gap-4" aria-label="Skill gaps, largest first">
        {top.map((gap, index) => (
          <GapItem key={gap.skillSlug} gap={gap} rank={index + 1} payOrder={order === "pay"} />
        ))}
      </ol>

      {rest.length > 0 ? (
        <details className="mt-6 rounded-xl border bg-card p-5">
          <summary className="cursor-pointer font-medium">
            The other {rest.length} skills {plan.targetRole.name} postings ask for
          </summary>
          <div className="mt-4 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="border-b">
                  <th scope="col" className="py-2 pr-4">
                    Skill
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Demand
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Mastery
                  </th>
                  <th scope="col" className="py-2">
                    Gap
                  </th>
                </tr>
              </thead>
              <tbody>
                {rest.map((gap) => (
                  <tr key={gap.skillSlug} className="border-b last:border-0">
                    <th scope="row" className="py-2 pr-4 font-normal">
                      <Link className="link" href={`/skills/${gap.skillSlug}`}>
                        {gap.skillName}
                      </Link>
                    </th>
                    <td className="py-2 pr-4">{formatShare(gap.demand)}</td>
                    <td className="py-2 pr-4">
                      {formatPercentRounded(gap.mastery)} ({masterySourceLabel(gap.source)})
                    </td>
                    <td className="py-2 font-mono tabular-nums">{fixed(gap.gap)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}

      <section aria-labelledby="arithmetic" className="mt-12 rounded-xl border bg-card p-5 sm:p-6">
        <h2 id="arithmetic" className="text-heading">
          The arithmetic
        </h2>
        <WorkedExample
          roleName={plan.targetRole.name}
          rows={workedExampleRows(plan.gaps)}
          readiness={plan.readiness}
          headingLevel={3}
        />
        <p className="mt-4 text-sm text-muted-foreground">
          Wrong about yourself?{" "}
          <Link className="link" href="/onboarding?step=skills">
            Update your self-ratings
          </Link>{" "}
          (they count only for skills you have not practised) or{" "}
          <Link className="link" href="/account#profile">
            change your target role
          </Link>
          .
        </p>
      </section>
    </div>
  );
}

function OrderLink({ current, value, label }: { current: string; value: "demand" | "pay"; label: string }) {
  return (
    <Link
      href={value === "pay" ? "/plan?order=pay" : "/plan"}
      aria-current={current === value ? "page" : undefined}
      className={cn(buttonVariants({ variant: current === value ? "secondary" : "outline", size: "sm" }))}
    >
      {label}
    </Link>
  );
}

function GapItem({ gap, rank, payOrder }: { gap: PlanGap; rank: number; payOrder: boolean }) {
  const questions: (PlanQuestion & { review: boolean })[] = [
    ...gap.next.reviews.map((q) => ({ ...q, review: true })),
    ...gap.next.newQuestions.map((q) => ({ ...q, review: false })),
  ];
  return (
    <li className="rounded-xl border bg-card p-5" aria-labelledby={`gap-${gap.skillSlug}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2">
        <h2 id={`gap-${gap.skillSlug}`} className="text-subheading">
          <span className="mr-2 text-muted-foreground tabular-nums">{rank}.</span>
          <Link className="link" href={`/skills/${gap.skillSlug}`}>
            {gap.skillName}
          </Link>
        </h2>
        <p className="font-mono text-sm tabular-nums" aria-label={`Gap ${fixed(gap.gap)}`}>
          gap {fixed(gap.gap)} = {fixed(gap.demand)} × (1 − {fixed(gap.mastery)})
        </p>
      </div>
      <dl className="mt-3 grid grid-cols-2 gap-x-6 gap-y-2 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-muted-foreground">Demand</dt>
          <dd>{formatShare(gap.demand)} of postings</dd>
        </div>
        <div>
          <dt className="text-muted-foreground">Mastery</dt>
          <dd>
            {formatPercentRounded(gap.mastery)}{" "}
            <span className="text-muted-foreground">({masterySourceLabel(gap.source)})</span>
          </dd>
        </div>
        <div>
          <dt className="text-muted-foreground">Next difficulty</dt>
          <dd>{DIFFICULTY_LABELS[gap.targetDifficulty]}</dd>
        </div>
        {payOrder || gap.payPremiumRatio !== null ? (
          <div>
            <dt className="text-muted-foreground">Pay vs role median</dt>
            <dd>{gap.payPremiumRatio === null ? "not reported" : `${fixed(gap.payPremiumRatio)}×`}</dd>
          </div>
        ) : null}
      </dl>
      {questions.length > 0 ? (
        <div className="mt-4">
          <h3 className="text-sm font-semibold">Practise next</h3>
          <ul className="mt-2 grid gap-1.5 text-sm">
            {questions.map((q) => (
              <li key={q.slug}>
                <Link className="link" href={`/questions/${q.slug}`}>
                  <InlineTitle>{q.title}</InlineTitle>
                </Link>{" "}
                <span className="text-muted-foreground">
                  · {q.review ? "due for review" : "new"} · {questionLabels(q).join(" · ")}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}
