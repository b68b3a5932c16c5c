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
  /**
   * Skills named after the role's own discipline, which someone in the role is taken to have (the
   * plan does not tell a Data Scientist to learn "Data Science"). Few, and only such names.
   */
  impliedSkills: z.array(slugSchema).max(5).default([]),
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

export const snapshotPopulations = ["job-postings", "employed-workers", "survey-respondents"] as const;
export type SnapshotPopulation = (typeof snapshotPopulations)[number];

/** content/market/<slug>.yaml: one published analysis; the slug comes from the file name. */
export const snapshotFileSchema = z
  .strictObject({
    publisher: z.string().trim().min(1).max(MAX_NAME),
    title: z.string().trim().min(1).max(300),
    url: z.url({ protocol: /^https$/, error: "must be an https URL of the source" }),
    dataMonth: monthSchema,
    publishedOn: dateSchema.optional(),
    roles: z.array(slugSchema).min(1).max(2, { error: "a snapshot covers one or two roles" }),
    /**
     * Whom the figures describe. Job postings, employed workers and survey respondents are different
     * populations: their figures are shown apart, never compared in one table.
     */
    population: z.enum(snapshotPopulations, {
      error: `must be one of ${snapshotPopulations.join(", ")}`,
    }),
    /** The limits of the data as the source states them, in our own words. */
    caveats: z.array(z.string().trim().min(1).max(MAX_SUMMARY)).default([]),
    figures: z.record(slugSchema, roleFiguresSchema).default({}),
    reported: z.array(reportedFigureSchema).default([]),
  })
  .superRefine((snapshot, ctx) => {
    if (snapshot.population !== "job-postings" && Object.keys(snapshot.figures).length > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["figures"],
        message:
          "figures describe job postings; give what this source measures as reported figures, each labelled with what it is",
      });
    }
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
export const levels = ["junior", "mid", "senior"] as const;
export const questionKinds = ["concept", "coding", "sql", "case", "system-design", "behavioral"] as const;
/** The kinds answered in words, which a rubric scores (docs/content/questions.md, "Rubrics"). */
export const RUBRIC_KINDS: readonly (typeof questionKinds)[number][] = [
  "concept",
  "case",
  "system-design",
  "behavioral",
];
export const RUBRIC_MIN_CRITERIA = 3;
export const RUBRIC_MAX_CRITERIA = 6;
export const RUBRIC_MAX_POINTS = 3;

const rubricCriterionSchema = z.strictObject({
  criterion: z.string().trim().min(10, { error: "write the criterion as an observable statement" }).max(300),
  points: z
    .number()
    .int({ error: "points are a whole number" })
    .min(1, { error: "a criterion is worth at least 1 point" })
    .max(RUBRIC_MAX_POINTS, { error: `a criterion is worth at most ${RUBRIC_MAX_POINTS} points` }),
});

/** Front matter of content/questions/<skill>/<slug>.md; the slug comes from the file name. */
export const questionFrontMatterSchema = z
  .strictObject({
    title: z.string().trim().min(1).max(200),
    skills: z.array(slugSchema).min(1, { error: "tag at least one skill" }),
    difficulty: z.enum(difficulties),
    level: z.enum(levels).optional(),
    topic: slugSchema.optional(),
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
    rubric: z
      .array(rubricCriterionSchema)
      .min(RUBRIC_MIN_CRITERIA, { error: `a rubric has at least ${RUBRIC_MIN_CRITERIA} criteria` })
      .max(RUBRIC_MAX_CRITERIA, { error: `a rubric has at most ${RUBRIC_MAX_CRITERIA} criteria` })
      .optional(),
    /** SQL: the prompt asks for a row order, so the checker compares it. */
    ordered: z.boolean().default(false),
    /** SQL: the prompt asks for values rounded to this many decimals. */
    decimals: z.number().int().min(0).max(10).optional(),
    /** Coding: false for a question the in-browser runner cannot run; `why` says what it lacks. */
    runnable: z.boolean().default(true),
    why: z.string().trim().min(1).max(300).optional(),
    /** YAML reads an unquoted date as a Date; either spelling is accepted. */
    reviewed: z
      .union([z.date(), z.iso.date({ error: "must be a date written YYYY-MM-DD" })])
      .transform((value) => (typeof value === "string" ? value : value.toISOString().slice(0, 10)))
      .optional(),
  })
  .superRefine((front, ctx) => {
    if (front.rubric && !RUBRIC_KINDS.includes(front.kind)) {
      ctx.addIssue({
        code: "custom",
        path: ["rubric"],
        message: `only ${RUBRIC_KINDS.join(", ")} questions have a rubric; ${front.kind} answers are checked by running them`,
      });
    }
    if (front.kind !== "sql" && (front.ordered || front.decimals !== undefined)) {
      ctx.addIssue({
        code: "custom",
        path: ["ordered"],
        message: "ordered and decimals are for sql questions",
      });
    }
    if (front.kind !== "coding" && !front.runnable) {
      ctx.addIssue({ code: "custom", path: ["runnable"], message: "runnable is for coding questions" });
    }
    if (!front.runnable && !front.why) {
      ctx.addIssue({
        code: "custom",
        path: ["why"],
        message: "say which library the runner lacks, so the page can tell the reader why it is self-graded",
      });
    }
  });

/** content/topics.yaml: the topic tags and the per-role quotas of the bank. */
export const topicsFileSchema = z.strictObject({
  topics: z.array(z.strictObject({ slug: slugSchema, name: z.string().trim().min(1).max(MAX_NAME) })).min(1),
  quotas: z
    .array(
      z
        .strictObject({
          role: slugSchema,
          label: z.string().trim().min(1).max(MAX_NAME),
          topics: z.array(slugSchema).optional(),
          kinds: z.array(z.enum(questionKinds)).optional(),
          min: z.number().int().positive(),
        })
        .refine((quota) => (quota.topics?.length ?? 0) + (quota.kinds?.length ?? 0) > 0, {
          error: "a quota names topics or kinds",
        }),
    )
    .default([]),
});
export type TopicsContent = z.infer<typeof topicsFileSchema>;

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
