import "server-only";

import * as z from "zod";

import type { DbClient } from "@/lib/db-client";
import { slug } from "@/lib/validation/text";

import { MAX_RATED_SKILLS, RATING_FIELD_PREFIX } from "./limits";

// Self-ratings (1–5) of skills, from onboarding or the account page: the mastery of a skill the
// user has not practised yet. A form sends one "rating:<skill-slug>" field per skill; "" = unrated.

export const skillSlugSchema = slug({ max: 100, invalid: "Unknown skill." });

export const ratingSchema = z.enum(["", "1", "2", "3", "4", "5"], {
  error: "Rate each skill from 1 to 5, or leave it unrated.",
});

export const selfRatingsSchema = z
  .record(z.string(), z.string())
  .transform((values) =>
    Object.entries(values)
      .filter(([key]) => key.startsWith(RATING_FIELD_PREFIX))
      .map(([key, value]) => ({ field: key, skillSlug: key.slice(RATING_FIELD_PREFIX.length), value })),
  )
  .pipe(
    z
      .array(
        z.object({
          field: z.string(),
          skillSlug: skillSlugSchema,
          value: ratingSchema,
        }),
      )
      .max(MAX_RATED_SKILLS, `Rate at most ${MAX_RATED_SKILLS} skills at once.`),
  );

export type SelfRatingInput = z.infer<typeof selfRatingsSchema>;

export type SaveRatingsResult = { ok: true; saved: number } | { ok: false; unknownSkills: string[] };

/** Upserts the rated skills and removes ratings set back to "unrated". Unknown skills reject the whole form. */
export async function saveSelfRatings(
  db: DbClient,
  userId: string,
  input: SelfRatingInput,
): Promise<SaveRatingsResult> {
  const skills = await db.skill.findMany({
    where: { slug: { in: input.map((entry) => entry.skillSlug) } },
    select: { id: true, slug: true },
  });
  const idBySlug = new Map(skills.map((skill) => [skill.slug, skill.id]));
  const unknownSkills = input.filter((entry) => !idBySlug.has(entry.skillSlug)).map((entry) => entry.field);
  if (unknownSkills.length > 0) return { ok: false, unknownSkills };
  const rated = input.filter((entry) => entry.value !== "");
  const cleared = input.filter((entry) => entry.value === "").map((entry) => idBySlug.get(entry.skillSlug)!);
  await db.$transaction([
    db.skillAssessment.deleteMany({ where: { userId, skillId: { in: cleared } } }),
    ...rated.map((entry) => {
      const skillId = idBySlug.get(entry.skillSlug)!;
      const rating = Number(entry.value);
      return db.skillAssessment.upsert({
        where: { userId_skillId: { userId, skillId } },
        create: { userId, skillId, rating },
        update: { rating },
      });
    }),
  ]);
  return { ok: true, saved: rated.length };
}

/** The user's self-ratings by skill slug. One statement: it is on the path of every plan. */
export async function getSelfRatings(db: DbClient, userId: string): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ slug: string; rating: number }[]>`
    SELECT k."slug", a."rating" FROM "SkillAssessment" a JOIN "Skill" k ON k."id" = a."skillId"
    WHERE a."userId" = ${userId}`;
  return new Map(rows.map((row) => [row.slug, row.rating]));
}

export async function markOnboarded(db: DbClient, userId: string, now = new Date()): Promise<void> {
  await db.user.updateMany({ where: { id: userId, onboardedAt: null }, data: { onboardedAt: now } });
}
