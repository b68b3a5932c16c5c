import type { Metadata } from "next";

import { requireUser } from "@/lib/auth";
import { requestNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { questionTags } from "@/lib/questions/filters";
import { getPracticeBodies } from "@/lib/questions/queries";
import { getPracticeQueue } from "@/lib/progress/practice-queue";
import { getPracticePriority } from "@/lib/recommendations/plan-queries";
import { listRoleRefs } from "@/lib/roles/queries";
import { withoutStarter } from "@/lib/runner/runner-spec";
import { ChooseTargetRole } from "@/components/accounts/choose-target-role";
import { PracticeSession, type SessionItem } from "@/components/practice/practice-session";
import { PracticeSettingsForm } from "@/components/practice/practice-settings-form";
import { Markdown } from "@/components/questions/markdown";
import { Link } from "@/components/ui/link";

export const metadata: Metadata = { title: "Practice", robots: { index: false } };

/** Questions rendered into one session; the rest wait for the next visit. */
const SESSION_SIZE = 20;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const slugParam = (value: string | string[] | undefined) =>
  typeof value === "string" && /^[a-z0-9-]{1,80}$/.test(value) ? value : null;

/**
 * Today's session: due reviews, then new questions for the largest gaps. `?skill=` narrows it to
 * one skill (the "Practise SQL" links); `?role=` preselects the role to prepare for when none is
 * chosen yet (the role pages' "Practise for this role").
 */
export default async function PracticePage({ searchParams }: Props) {
  const params = await searchParams;
  const user = await requireUser();
  const now = await requestNow();
  const [priority, skill, roles, target] = await Promise.all([
    getPracticePriority(db, user.id, now),
    slugParam(params.skill)
      ? db.skill.findUnique({ where: { slug: slugParam(params.skill)! }, select: { slug: true, name: true } })
      : null,
    listRoleRefs(db),
    db.user.findUnique({ where: { id: user.id }, select: { targetRole: { select: { slug: true } } } }),
  ]);
  const suggestedRole = roles.find((role) => role.slug === slugParam(params.role)) ?? null;
  const unknownSkill = typeof params.skill === "string" && params.skill !== "" && !skill;

  const queue = await getPracticeQueue(
    db,
    user.id,
    now,
    skill ? { skillPriority: [skill.slug], difficultyFor: priority.difficultyFor } : priority,
  );
  // A skill's session: its due reviews (any question tagged with it), then new questions whose
  // primary skill it is.
  const reviews = skill
    ? queue.reviews.filter((q) => q.skills.some((s) => s.slug === skill.slug))
    : queue.reviews;
  const dueCount = skill ? reviews.length : queue.dueCount;
  const picked = [
    ...reviews.map((q) => ({ ...q, session: "review" as const, reason: "due" })),
    ...queue.newQuestions.map((q) => ({
      ...q,
      session: "new" as const,
      reason: `for ${q.skills.find((s) => s.slug === q.skillSlug)?.name ?? "a skill"}`,
    })),
  ].slice(0, SESSION_SIZE);
  const bodies = await getPracticeBodies(
    db,
    picked.map((q) => q.slug),
  );

  const items: SessionItem[] = [];
  for (const question of picked) {
    const body = bodies.get(question.slug);
    if (!body) continue;
    items.push({
      slug: question.slug,
      title: question.title,
      kind: question.session,
      reason: question.reason,
      tags: questionTags(question),
      runner: body.runner,
      prompt: (
        <Markdown part="the question">{body.runner ? withoutStarter(body.prompt) : body.prompt}</Markdown>
      ),
      answer: (
        <>
          <Markdown part="the model answer">{body.answer}</Markdown>
          {body.followUps ? (
            <>
              <h3 className="mt-6 text-subheading">Common mistakes and follow-ups</h3>
              <Markdown part="the follow-ups" className="mt-2">
                {body.followUps}
              </Markdown>
            </>
          ) : null}
        </>
      ),
    });
  }
  const newLeft = Math.max(0, queue.dailyNewLimit - queue.newDoneToday);
  const pickedForRole = !skill && priority.status !== "no-target" && priority.skillPriority.length > 0;

  return (
    <div className="container-page max-w-4xl py-10 sm:py-12">
      <h1 className="text-title">{skill ? `Practise ${skill.name}` : "Today's practice"}</h1>
      {skill ? (
        <p className="mt-2 text-sm">
          <Link className="link" href="/practice">
            Back to today&apos;s practice
          </Link>{" "}
          ·{" "}
          <Link className="link" href={`/questions?skill=${encodeURIComponent(skill.slug)}`}>
            Browse every {skill.name} question
          </Link>
        </p>
      ) : null}
      {unknownSkill ? (
        <p role="alert" className="mt-4 rounded-md border bg-muted p-3 text-sm">
          There is no skill called &ldquo;{String(params.skill).slice(0, 80)}&rdquo;, so this is today&apos;s
          practice for all your skills.{" "}
          <Link className="link font-medium" href="/questions">
            Browse the questions
          </Link>{" "}
          to pick one.
        </p>
      ) : null}
      {priority.status === "no-target" && !skill ? (
        <>
          <p className="mt-3 text-lead text-muted-foreground">
            {queue.dueCount > 0 ? `${queue.dueCount} review${queue.dueCount === 1 ? "" : "s"} due. ` : ""}
            New questions are picked for the role you are preparing for.
          </p>
          <ChooseTargetRole
            roles={roles}
            currentRole={null}
            suggested={suggestedRole?.slug ?? null}
            next="/practice"
            why="New questions are picked for the skills your target role asks for most, at the difficulty your mastery of each calls for."
          />
        </>
      ) : priority.status === "ok" && priority.skillPriority.length === 0 && !skill ? (
        <p className="mt-4 rounded-md border bg-muted p-3 text-sm">
          No source reports the skills your target role asks for, so new questions cannot be picked for it.{" "}
          <Link className="link font-medium" href="/onboarding">
            Choose another target role
          </Link>
          .
        </p>
      ) : suggestedRole && !skill && suggestedRole.slug !== target?.targetRole?.slug ? (
        <p className="mt-4 rounded-md border bg-muted p-3 text-sm">
          This session is picked for the role you are preparing for.{" "}
          <Link className="link font-medium" href="/onboarding?next=/practice">
            Change your target role to {suggestedRole.name}
          </Link>{" "}
          to practise for it instead.
        </p>
      ) : null}

      {items.length > 0 || priority.status !== "no-target" || skill ? (
        <div className="mt-8">
          <PracticeSession
            items={items}
            hideTags={queue.hideTags}
            counts={{
              due: dueCount,
              newLeft,
              dailyNewLimit: queue.dailyNewLimit,
              newPlanned: queue.newQuestions.length,
            }}
            pickedFor={skill ? skill.name : pickedForRole ? "your largest skill gaps" : null}
          />
        </div>
      ) : null}

      <details className="mt-8 rounded-xl border bg-card p-5">
        <summary className="cursor-pointer font-medium">Session settings</summary>
        <div className="mt-4">
          <PracticeSettingsForm dailyNewLimit={queue.dailyNewLimit} hideTags={queue.hideTags} />
        </div>
      </details>
    </div>
  );
}
