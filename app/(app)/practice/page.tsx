import type { Metadata } from "next";
import Link from "next/link";

import { requireUser } from "@/lib/auth";
import { requestNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { questionLabels } from "@/lib/questions/filters";
import { getPracticeBodies } from "@/lib/questions/queries";
import { getPracticeQueue } from "@/lib/progress/practice-queue";
import { getPracticePriority } from "@/lib/recommendations/plan-queries";
import { listRoleRefs } from "@/lib/roles/queries";
import { withoutStarter } from "@/lib/runner/runner-spec";
import { ChooseTargetRole } from "@/components/accounts/choose-target-role";
import { PracticeSession, type SessionItem } from "@/components/practice/practice-session";
import { PracticeSettingsForm } from "@/components/practice/practice-settings-form";
import { Markdown } from "@/components/questions/markdown";

export const metadata: Metadata = { title: "Practice", robots: { index: false } };

/** Questions rendered into one session; the rest wait for the next visit. */
const SESSION_SIZE = 20;

export default async function PracticePage() {
  const user = await requireUser();
  const now = await requestNow();
  const priority = await getPracticePriority(db, user.id, now);
  const queue = await getPracticeQueue(db, user.id, now, priority);
  const picked = [
    ...queue.reviews.map((q) => ({ ...q, session: "review" as const, reason: "due for review" })),
    ...queue.newQuestions.map((q) => ({
      ...q,
      session: "new" as const,
      reason: `new, for ${q.skills.find((s) => s.slug === q.skillSlug)?.name ?? "a skill"}`,
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
      tags: [...questionLabels(question), ...question.skills.map((s) => s.name)],
      runner: body.runner,
      prompt: <Markdown>{body.runner ? withoutStarter(body.prompt) : body.prompt}</Markdown>,
      answer: (
        <>
          <Markdown>{body.answer}</Markdown>
          {body.followUps ? (
            <>
              <h3 className="mt-6 text-subheading">Common mistakes and follow-ups</h3>
              <Markdown className="mt-2">{body.followUps}</Markdown>
            </>
          ) : null}
        </>
      ),
    });
  }
  const newLeft = Math.max(0, queue.dailyNewLimit - queue.newDoneToday);

  return (
    <div className="container-page max-w-4xl py-10 sm:py-12">
      <h1 className="text-title">Today&apos;s practice</h1>
      <p className="mt-3 text-lead text-muted-foreground">
        {queue.dueCount} review{queue.dueCount === 1 ? "" : "s"} due, then {queue.newQuestions.length} new
        question
        {queue.newQuestions.length === 1 ? "" : "s"} ({newLeft} of your {queue.dailyNewLimit} a day left)
        {priority.skillPriority.length > 0 ? ", picked for your largest skill gaps" : ""}.
      </p>
      {priority.status === "no-target" ? (
        <ChooseTargetRole
          roles={await listRoleRefs(db)}
          currentRole={null}
          next="/practice"
          why="New questions are picked for the skills your target role asks for most, at the difficulty your mastery of each calls for."
        />
      ) : priority.skillPriority.length === 0 ? (
        <p className="mt-4 rounded-md border bg-muted p-3 text-sm">
          No source reports the skills your target role asks for, so new questions cannot be picked for it.{" "}
          <Link className="link font-medium" href="/onboarding">
            Choose another target role
          </Link>
          .
        </p>
      ) : null}

      {items.length > 0 || priority.status !== "no-target" ? (
        <div className="mt-8">
          <PracticeSession items={items} hideTags={queue.hideTags} />
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
