import * as z from "zod";

// The shapes of the files under content/. Each collection has one schema; the loader in
// ./load.ts reads the files, parses them with these, and names the file and field of any error.

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_NAME = 120;
const MAX_SUMMARY = 1_000;

export const slugSchema = z
  .string()
  .regex(SLUG_PATTERN, { error: "must be lowercase words joined by hyphens, like data-scientist" });

/** A fraction of postings, as published: 46% is written 0.46. */
export const shareSchema = z
  .number()
  .min(0, { error: "a share cannot be below 0" })
  .max(1, { error: "a share is a fraction between 0 and 1 (write 46% as 0.46)" });

const usdSchema = z.number().int({ error: "dollars must be a whole number" }).positive({
  error: "a salary must be a positive number of dollars",
});
const countSchema = z.number().int({ error: "must be a whole number" }).nonnegative({
  error: "cannot be negative",
});

export const skillSchema = z.strictObject({
  slug: slugSchema,
  name: z.string().trim().min(1).max(MAX_NAME),
  category: z.string().trim().min(1).max(MAX_NAME),
  description: z.string().trim().min(1).max(MAX_SUMMARY),
});
export const skillsFileSchema = z.strictObject({
  skills: z.array(skillSchema).min(1, { error: "list at least one skill" }),
});
export type SkillContent = z.infer<typeof skillSchema>;

/** content/roles/<slug>.yaml: the slug comes from the file name. */
export const roleFileSchema = z.strictObject({
  name: z.string().trim().min(1).max(MAX_NAME),
  summary: z.string().trim().min(1).max(MAX_SUMMARY),
});
export type RoleContent = z.infer<typeof roleFileSchema> & { slug: string };

const monthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "must be a month written YYYY-MM, like 2026-06" });
const dateSchema = z.iso.date({ error: "must be a date written YYYY-MM-DD" });

/** Shares by label (work mode, seniority band, country), in the order the source lists them. */
const breakdownSchema = z.record(z.string().trim().min(1).max(MAX_NAME), shareSchema);

const skillFigureSchema = z
  .strictObject({
    skill: slugSchema,
    share: shareSchema.optional(),
    medianSalaryUsd: usdSchema.optional(),
    salarySampleSize: countSchema.optional(),
    /** A premium over the role's median, as printed (+$31,000), for sources that give no median. */
    salaryPremiumUsd: z.number().int({ error: "dollars must be a whole number" }).optional(),
  })
  .refine(
    (f) => f.share !== undefined || f.medianSalaryUsd !== undefined || f.salaryPremiumUsd !== undefined,
    { error: "give at least a share, a median salary or a salary premium" },
  )
  .refine((f) => f.medianSalaryUsd === undefined || f.salaryPremiumUsd === undefined, {
    error: "give the median salary or the premium the source printed, not both",
    path: ["salaryPremiumUsd"],
  })
  .refine((f) => f.salarySampleSize === undefined || f.medianSalaryUsd !== undefined, {
    error: "a salary sample size needs the median salary it belongs to",
    path: ["salarySampleSize"],
  });

const roleFiguresSchema = z
  .strictObject({
    medianBaseSalaryUsd: usdSchema.optional(),
    salarySampleSize: countSchema.optional(),
    activePostings: countSchema.optional(),
    remoteShare: shareSchema.optional(),
    entryLevelShare: shareSchema.optional(),
    workMode: breakdownSchema.optional(),
    seniority: breakdownSchema.optional(),
    countries: breakdownSchema.optional(),
    skills: z.array(skillFigureSchema).default([]),
  })
  .superRefine((figures, ctx) => {
    const seen = new Set<string>();
    figures.skills.forEach((entry, index) => {
      if (seen.has(entry.skill)) {
        ctx.addIssue({
          code: "custom",
          path: ["skills", index, "skill"],
          message: `skill "${entry.skill}" is listed twice for this role`,
        });
      }
      seen.add(entry.skill);
    });
  });

const reportedFigureSchema = z.strictObject({
  key: slugSchema,
  label: z.string().trim().min(1).max(MAX_SUMMARY),
  value: z.number(),
  unit: z.enum(["ratio", "share", "usd", "count"]),
  sampleSize: countSchema.optional(),
});

/** content/market/<slug>.yaml: one published analysis; the slug comes from the file name. */
export const snapshotFileSchema = z
  .strictObject({
    publisher: z.string().trim().min(1).max(MAX_NAME),
    title: z.string().trim().min(1).max(300),
    url: z.url({ protocol: /^https$/, error: "must be an https URL of the source" }),
    dataMonth: monthSchema,
    publishedOn: dateSchema.optional(),
    roles: z.array(slugSchema).min(1).max(2, { error: "a snapshot covers one or two roles" }),
    /** The limits of the data as the source states them, in our own words. */
    caveats: z.array(z.string().trim().min(1).max(MAX_SUMMARY)).default([]),
    figures: z.record(slugSchema, roleFiguresSchema),
    reported: z.array(reportedFigureSchema).default([]),
  })
  .superRefine((snapshot, ctx) => {
    if (new Set(snapshot.roles).size !== snapshot.roles.length) {
      ctx.addIssue({ code: "custom", path: ["roles"], message: "a role is listed twice" });
    }
    for (const role of Object.keys(snapshot.figures)) {
      if (!snapshot.roles.includes(role)) {
        ctx.addIssue({
          code: "custom",
          path: ["figures", role],
          message: `figures are given for "${role}", which is not in this snapshot's roles`,
        });
      }
    }
  });
export type SnapshotContent = z.infer<typeof snapshotFileSchema> & { slug: string };

export const difficulties = ["easy", "medium", "hard"] as const;
export const questionKinds = ["concept", "coding", "sql", "case", "system-design", "behavioral"] as const;

/** Front matter of content/questions/<skill>/<slug>.md; the slug comes from the file name. */
export const questionFrontMatterSchema = z.strictObject({
  title: z.string().trim().min(1).max(200),
  skills: z.array(slugSchema).min(1, { error: "tag at least one skill" }),
  difficulty: z.enum(difficulties),
  kind: z.enum(questionKinds),
  roles: z.array(slugSchema).min(1, { error: "name at least one role the question suits" }),
  hints: z
    .array(
      // YAML reads `- Hint: text` as a mapping, so an unquoted colon is the usual cause of a non-text hint.
      z
        .string({ error: 'must be text: put a hint that contains ": " in quotes' })
        .trim()
        .min(1)
        .max(MAX_SUMMARY),
    )
    .default([]),
});

/** The body of a question file is split on these level-2 headings. */
export const QUESTION_SECTIONS = {
  prompt: "Prompt",
  answer: "Answer",
  followUps: "Common mistakes and follow-ups",
} as const;

export type QuestionContent = z.infer<typeof questionFrontMatterSchema> & {
  slug: string;
  prompt: string;
  answer: string;
  followUps: string | null;
};
