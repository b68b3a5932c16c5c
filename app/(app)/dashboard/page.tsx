import type { Metadata } from "next";

import { getSelfRatings } from "@/lib/accounts/self-ratings";
import { accountGone, requireUser } from "@/lib/auth";
import { requestNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { formatPercentRounded, formatMonthOf } from "@/lib/format";
import { GRADE_LABELS } from "@/lib/progress/grades";
import { listMocks } from "@/lib/mock/queries";
import { getDashboard } from "@/lib/progress/dashboard";
import { DIFFICULTY_LABELS } from "@/lib/questions/filters";
import { getRoleDemand } from "@/lib/recommendations/demand-queries";
import { masterySourceLabel } from "@/lib/recommendations/labels";
import { rankGaps, toSelfRatings } from "@/lib/recommendations/plan";
import { ButtonLink } from "@/components/ui/button";
import { AttemptHeatMap } from "@/components/progress/heat-map";
import { ScoreHistory } from "@/components/mock/score-history";
import { MasteryBars } from "@/components/progress/mastery-bars";
import { InlineTitle } from "@/components/questions/inline-title";
import { Link } from "@/components/ui/link";

import type { ReactNode } from "react";

export const metadata: Metadata = { title: "Dashboard", robots: { index: false } };

/** Skills shown in the mastery chart: the target role's most asked-for. */
const MASTERY_SKILLS = 15;

export default async function DashboardPage() {
  const user = await requireUser();
  const now = await requestNow();
  const [dashboard, ratings, mocks] = await Promise.all([
    getDashboard(db, user.id, now),
    getSelfRatings(db, user.id),
    listMocks(db, user.id),
  ]);
  if (!dashboard) accountGone();
  const target = dashboard.user.targetRole;
  const demand = target ? await getRoleDemand(db, target.slug) : null;
  // The plan's own ranking, so the dashboard and /plan can never disagree on a figure.
  const plan = demand
    ? rankGaps({
        demand,
        practised: dashboard.practised,
        selfRatings: toSelfRatings(ratings),
        impliedSkills: dashboard.user.impliedSkills,
        now,
        order: "demand",
      })
    : null;
  const masteryOf = new Map(plan?.gaps.map((gap) => [gap.skillSlug, gap]) ?? []);
  const timeZone = dashboard.user.timeZone;
  const when = new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
  });

  return (
    <div className="container-page py-10 sm:py-12">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-title">Dashboard</h1>
          <p className="mt-2 text-muted-foreground">
            {user.name ? `${user.name}, h` : "H"}ere is where you stand
            {target ? ` for ${target.name}` : ""}. Days are counted in {timeZone.replace(/_/g, " ")} time.
          </p>
        </div>
        <div className="flex flex-wrap gap-3">
          <ButtonLink href="/plan" variant="outline">
            Your plan
          </ButtonLink>
          <ButtonLink href="/mock" variant="outline">
            Mock interview
          </ButtonLink>
          <ButtonLink href="/practice">
            {dashboard.due.overdueOrToday > 0
              ? `Practise (${dashboard.due.overdueOrToday} due)`
              : "Practise now"}
          </ButtonLink>
        </div>
      </div>

      <dl className="mt-8 grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Stat label={target ? `Readiness for ${target.name}` : "Readiness"}>
          {plan ? (
            formatPercentRounded(plan.readiness)
          ) : (
            <Link className="link text-base" href="/onboarding">
              Choose a target role
            </Link>
          )}
        </Stat>
        <Stat
          label="Current streak"
          note={`Longest: ${dashboard.longestStreak} day${dashboard.longestStreak === 1 ? "" : "s"}`}
        >
          {dashboard.currentStreak} day{dashboard.currentStreak === 1 ? "" : "s"}
        </Stat>
        <Stat label="Reviews due today" note={`${dashboard.due.thisWeek} within 7 days`}>
          {dashboard.due.overdueOrToday}
        </Stat>
        <Stat
          label="Attempts"
          note={`on ${dashboard.totals.questionsPractised} question${dashboard.totals.questionsPractised === 1 ? "" : "s"}`}
        >
          {dashboard.totals.attempts}
        </Stat>
      </dl>

      {/* Two columns of their own heights: the mastery list runs long once a target role is chosen,
          and a grid row would stretch the activity card beside it to that length, mostly empty. */}
      <div className="mt-10 grid gap-8 lg:grid-cols-2 lg:items-start">
        <MasteryBars
          id="mastery"
          title={target ? `Mastery of what ${target.name} asks for` : "Mastery per skill"}
          description={
            demand
              ? `The ${MASTERY_SKILLS} skills its postings ask for most (${demand.snapshot.publisher}, ${formatMonthOf(demand.snapshot.dataMonth)}), most asked first. Mastery comes from your graded attempts, else your self-rating.`
              : "Choose a target role to see mastery against what it asks for."
          }
          rows={
            demand && plan
              ? demand.skills.slice(0, MASTERY_SKILLS).map((skill) => {
                  const m = masteryOf.get(skill.skillSlug);
                  return {
                    skillSlug: skill.skillSlug,
                    skillName: skill.skillName,
                    href: `/skills/${skill.skillSlug}`,
                    mastery: m?.mastery ?? 0,
                    demand: skill.demand,
                    sourceLabel: masterySourceLabel(m?.source ?? { kind: "none" }),
                  };
                })
              : []
          }
          emptyMessage={
            <>
              <Link className="link" href="/onboarding">
                Choose a target role
              </Link>{" "}
              to compare your mastery with what it asks for.
            </>
          }
        />
        <div className="grid gap-8">
          <AttemptHeatMap
            id="activity"
            data={dashboard.heatMap}
            title="Attempts per day"
            description="The last 12 weeks, one square per day; darker means more attempts."
          />
          <section aria-labelledby="mocks-heading" className="rounded-xl border bg-card p-5">
            <h2 id="mocks-heading" className="text-heading">
              Mock interviews
            </h2>
            <div className="mt-4">
              <ScoreHistory mocks={mocks} />
            </div>
          </section>
        </div>
      </div>

      <div className="mt-8 grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="recent" className="rounded-xl border bg-card p-5">
          <h2 id="recent" className="text-subheading">
            Recent attempts
          </h2>
          {dashboard.recentAttempts.length === 0 ? (
            <p className="mt-3 text-sm text-muted-foreground">
              None yet.{" "}
              <Link className="link" href="/practice">
                Start practising
              </Link>
              : grade yourself after each answer.
            </p>
          ) : (
            <ol className="mt-3 divide-y">
              {dashboard.recentAttempts.map((attempt) => (
                <li
                  key={attempt.id}
                  className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2 text-sm"
                >
                  <Link className="link" href={`/questions/${attempt.question.slug}`}>
                    <InlineTitle>{attempt.question.title}</InlineTitle>
                  </Link>
                  <span className="text-muted-foreground">
                    {GRADE_LABELS[attempt.grade]}
                    {attempt.timeSpentSeconds !== null
                      ? ` · ${formatDuration(attempt.timeSpentSeconds)}`
                      : ""}{" "}
                    · <time dateTime={attempt.createdAt.toISOString()}>{when.format(attempt.createdAt)}</time>
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
        <section aria-labelledby="bookmarks" className="rounded-xl border bg-card p-5">
          <h2 id="bookmarks" className="text-subheading">
            Bookmarks
          </h2>
          {dashboard.bookmarks.length === 0 ? (
            <p className="mt-3 text-sm text-muted-foreground">
              Bookmark questions to come back to them; they appear here.
            </p>
          ) : (
            <ul className="mt-3 divide-y">
              {dashboard.bookmarks.map((bookmark) => (
                <li
                  key={bookmark.id}
                  className="flex flex-wrap items-baseline justify-between gap-x-4 py-2 text-sm"
                >
                  <Link className="link" href={`/questions/${bookmark.question.slug}`}>
                    <InlineTitle>{bookmark.question.title}</InlineTitle>
                  </Link>
                  <span className="text-muted-foreground">
                    {DIFFICULTY_LABELS[bookmark.question.difficulty]}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}

function formatDuration(seconds: number): string {
  return seconds < 60 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}

function Stat({ label, note, children }: { label: string; note?: string; children: ReactNode }) {
  return (
    <div className="rounded-xl border bg-card p-4">
      <dt className="text-sm text-muted-foreground">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums">{children}</dd>
      {note ? <dd className="text-sm text-muted-foreground">{note}</dd> : null}
    </div>
  );
}
