import { createHash } from "node:crypto";

import type { DbClient } from "@/lib/db-client";
import { DIFFICULTY_TO_DB, KIND_TO_DB, LEVEL_TO_DB } from "@/lib/questions/enums";
import { Prisma, type BreakdownDimension } from "@/lib/generated/prisma/client";
import { POPULATION_TO_DB } from "@/lib/roles/populations";
import { runnerSpecFor } from "@/lib/runner/runner-spec";

import type { ContentBundle } from "./load";
import type { QuestionContent, SnapshotContent } from "./schemas";

// Writes a validated ContentBundle into the database, upserting by slug, in one transaction: the
// database ends either as it was or with all of content/ applied. A row is rewritten only when the
// hash of its content changed, so a second run changes nothing.

export interface CollectionReport {
  added: string[];
  changed: string[];
  removed: string[];
}

export interface SyncReport {
  skills: CollectionReport;
  roles: CollectionReport;
  snapshots: CollectionReport;
  questions: CollectionReport;
}

type Tx = Prisma.TransactionClient;

/** A stable hash of a JSON value: object keys are sorted so that key order does not matter. */
export function contentHash(value: unknown): string {
  const canonical = JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
  return createHash("sha256").update(canonical).digest("hex");
}

interface Plan<T> {
  toAdd: T[];
  toChange: T[];
  toRemove: string[];
}

/** Diffs wanted items against stored (slug, hash) pairs. */
export function planCollection<T extends { slug: string }>(
  wanted: T[],
  stored: { slug: string; contentHash: string }[],
  hash: (item: T) => string = contentHash,
): Plan<T> {
  const storedHash = new Map(stored.map((row) => [row.slug, row.contentHash]));
  const wantedSlugs = new Set(wanted.map((item) => item.slug));
  return {
    toAdd: wanted.filter((item) => !storedHash.has(item.slug)),
    toChange: wanted.filter((item) => {
      const stored = storedHash.get(item.slug);
      return stored !== undefined && stored !== hash(item);
    }),
    toRemove: stored.filter((row) => !wantedSlugs.has(row.slug)).map((row) => row.slug),
  };
}

/** Which field of a role's figures in a snapshot file holds which breakdown. */
export const BREAKDOWN_FIELDS: [keyof SnapshotContent["figures"][string], BreakdownDimension][] = [
  ["workMode", "WORK_MODE"],
  ["seniority", "SENIORITY"],
  ["countries", "COUNTRY"],
];

async function slugIds(tx: Tx, table: "role" | "skill"): Promise<Map<string, string>> {
  const rows =
    table === "role"
      ? await tx.role.findMany({ select: { id: true, slug: true } })
      : await tx.skill.findMany({ select: { id: true, slug: true } });
  return new Map(rows.map((row) => [row.slug, row.id]));
}

function idOf(ids: Map<string, string>, slug: string): string {
  const id = ids.get(slug);
  // loadContent has checked every reference, so a miss here is a bug, not bad content.
  if (!id) throw new Error(`No row for slug "${slug}"`);
  return id;
}

async function writeSnapshotChildren(
  tx: Tx,
  snapshotId: string,
  snapshot: SnapshotContent,
  roleIds: Map<string, string>,
  skillIds: Map<string, string>,
): Promise<void> {
  await tx.snapshotRole.createMany({
    data: snapshot.roles.map((role, position) => ({ snapshotId, roleId: idOf(roleIds, role), position })),
  });
  for (const [roleSlug, figures] of Object.entries(snapshot.figures)) {
    const roleId = idOf(roleIds, roleSlug);
    await tx.roleFigures.create({
      data: {
        snapshotId,
        roleId,
        medianBaseSalaryUsd: figures.medianBaseSalaryUsd ?? null,
        salarySampleSize: figures.salarySampleSize ?? null,
        activePostings: figures.activePostings ?? null,
        remoteShare: figures.remoteShare ?? null,
        entryLevelShare: figures.entryLevelShare ?? null,
      },
    });
    const breakdowns = BREAKDOWN_FIELDS.flatMap(([field, dimension]) =>
      Object.entries((figures[field] as Record<string, number> | undefined) ?? {}).map(
        ([label, share], position) => ({
          snapshotId,
          roleId,
          dimension,
          label,
          share,
          position,
        }),
      ),
    );
    if (breakdowns.length > 0) await tx.roleBreakdown.createMany({ data: breakdowns });
    if (figures.skills.length > 0) {
      await tx.skillDemand.createMany({
        data: figures.skills.map((entry) => ({
          snapshotId,
          roleId,
          skillId: idOf(skillIds, entry.skill),
          share: entry.share ?? null,
          medianSalaryUsd: entry.medianSalaryUsd ?? null,
          salarySampleSize: entry.salarySampleSize ?? null,
          salaryPremiumUsd: entry.salaryPremiumUsd ?? null,
        })),
      });
    }
  }
  if (snapshot.reported.length > 0) {
    await tx.reportedFigure.createMany({
      data: snapshot.reported.map((figure, position) => ({
        snapshotId,
        ...figure,
        sampleSize: figure.sampleSize ?? null,
        position,
      })),
    });
  }
}

function snapshotFields(snapshot: SnapshotContent) {
  return {
    publisher: snapshot.publisher,
    title: snapshot.title,
    url: snapshot.url,
    dataMonth: new Date(`${snapshot.dataMonth}-01T00:00:00Z`),
    publishedOn: snapshot.publishedOn ? new Date(`${snapshot.publishedOn}T00:00:00Z`) : null,
    population: POPULATION_TO_DB[snapshot.population],
    caveats: snapshot.caveats,
    contentHash: contentHash(snapshot),
  };
}

/**
 * Bumped when what the seed derives from a question file changes (the runner spec, say), so that
 * every question is rewritten once although no file changed.
 */
const QUESTION_FIELDS_VERSION = 2;

function questionHash(question: QuestionContent): string {
  return contentHash({ ...question, fieldsVersion: QUESTION_FIELDS_VERSION });
}

function questionFields(question: QuestionContent) {
  const runner = runnerSpecFor(question);
  return {
    title: question.title,
    difficulty: DIFFICULTY_TO_DB[question.difficulty],
    level: question.level ? LEVEL_TO_DB[question.level] : null,
    topic: question.topic ?? null,
    kind: KIND_TO_DB[question.kind],
    hints: question.hints,
    rubric: question.rubric ?? Prisma.DbNull,
    // A plain JSON value (strings, numbers, arrays): Prisma's JSON input type wants it said.
    runner: runner ? (runner as unknown as Prisma.InputJsonObject) : Prisma.DbNull,
    prompt: question.prompt,
    answer: question.answer,
    followUps: question.followUps,
    retiredAt: null,
    contentHash: questionHash(question),
  };
}

/** Creates or rewrites a question (un-retiring it) with its skill and role links. */
async function writeQuestion(
  tx: Tx,
  question: QuestionContent,
  roleIds: Map<string, string>,
  skillIds: Map<string, string>,
): Promise<void> {
  const data = questionFields(question);
  const { id: questionId } = await tx.question.upsert({
    where: { slug: question.slug },
    create: { slug: question.slug, ...data },
    update: data,
    select: { id: true },
  });
  await tx.questionSkill.deleteMany({ where: { questionId } });
  await tx.questionRole.deleteMany({ where: { questionId } });
  await tx.questionSkill.createMany({
    data: question.skills.map((skill, index) => ({
      questionId,
      skillId: idOf(skillIds, skill),
      primary: index === 0,
    })),
  });
  await tx.questionRole.createMany({
    data: question.roles.map((role) => ({ questionId, roleId: idOf(roleIds, role) })),
  });
}

function toReport<T extends { slug: string }>(plan: Plan<T>): CollectionReport {
  return {
    added: plan.toAdd.map((item) => item.slug),
    changed: plan.toChange.map((item) => item.slug),
    removed: plan.toRemove,
  };
}

async function syncInTransaction(tx: Tx, bundle: ContentBundle): Promise<SyncReport> {
  // Skills and roles first: everything else points at them.
  const skillPlan = planCollection(
    bundle.skills,
    await tx.skill.findMany({ select: { slug: true, contentHash: true } }),
  );
  for (const skill of [...skillPlan.toAdd, ...skillPlan.toChange]) {
    const data = {
      name: skill.name,
      category: skill.category,
      description: skill.description,
      contentHash: contentHash(skill),
    };
    await tx.skill.upsert({
      where: { slug: skill.slug },
      create: { slug: skill.slug, ...data },
      update: data,
    });
  }
  const rolePlan = planCollection(
    bundle.roles,
    await tx.role.findMany({ select: { slug: true, contentHash: true } }),
  );
  for (const role of [...rolePlan.toAdd, ...rolePlan.toChange]) {
    const data = {
      name: role.name,
      summary: role.summary,
      impliedSkills: role.impliedSkills,
      contentHash: contentHash(role),
    };
    await tx.role.upsert({ where: { slug: role.slug }, create: { slug: role.slug, ...data }, update: data });
  }
  const roleIds = await slugIds(tx, "role");
  const skillIds = await slugIds(tx, "skill");

  // A snapshot's figures have no identity of their own and nothing else points at a snapshot, so a
  // changed file replaces the snapshot whole (its figures go with it, by cascade).
  const snapshotPlan = planCollection(
    bundle.snapshots,
    await tx.marketSnapshot.findMany({ select: { slug: true, contentHash: true } }),
  );
  await tx.marketSnapshot.deleteMany({
    where: { slug: { in: [...snapshotPlan.toChange.map((s) => s.slug), ...snapshotPlan.toRemove] } },
  });
  for (const snapshot of [...snapshotPlan.toAdd, ...snapshotPlan.toChange]) {
    const { id } = await tx.marketSnapshot.create({
      data: { slug: snapshot.slug, ...snapshotFields(snapshot) },
      select: { id: true },
    });
    await writeSnapshotChildren(tx, id, snapshot, roleIds, skillIds);
  }

  // Users' attempts, notes and bookmarks point at questions, so a removed file retires its question
  // instead of deleting it; a retired question counts as absent, so a file put back is "added".
  const questionPlan = planCollection(
    bundle.questions,
    await tx.question.findMany({ where: { retiredAt: null }, select: { slug: true, contentHash: true } }),
    questionHash,
  );
  for (const question of [...questionPlan.toAdd, ...questionPlan.toChange]) {
    await writeQuestion(tx, question, roleIds, skillIds);
  }
  await tx.question.updateMany({
    where: { slug: { in: questionPlan.toRemove } },
    data: { retiredAt: new Date() },
  });

  // Last, roles and skills that no file names any more (their demand rows went with their snapshots).
  await tx.role.deleteMany({ where: { slug: { in: rolePlan.toRemove } } });
  await tx.skill.deleteMany({ where: { slug: { in: skillPlan.toRemove } } });

  return {
    skills: toReport(skillPlan),
    roles: toReport(rolePlan),
    snapshots: toReport(snapshotPlan),
    questions: toReport(questionPlan),
  };
}

/**
 * Not safe to run twice at once: two transactions would both plan from the same empty tables, and
 * both report additions or fail on a unique slug. scripts/run-app.ts therefore calls it under the
 * database setup lock (scripts/lib/advisory-lock.ts), after which a second caller finds no change.
 */
export async function syncContent(db: DbClient, bundle: ContentBundle): Promise<SyncReport> {
  return db.$transaction((tx) => syncInTransaction(tx, bundle), { maxWait: 10_000, timeout: 300_000 });
}

export function formatReport(report: SyncReport): string {
  const lines = (Object.entries(report) as [string, CollectionReport][]).map(([name, r]) => {
    const detail = (label: string, slugs: string[]) =>
      slugs.length === 0
        ? ""
        : ` ${label}: ${slugs.slice(0, 5).join(", ")}${slugs.length > 5 ? `, … (${slugs.length})` : ""};`;
    return `  ${name}: ${r.added.length} added, ${r.changed.length} changed, ${r.removed.length} removed.${detail(" added", r.added)}${detail(" changed", r.changed)}${detail(" removed", r.removed)}`.trimEnd();
  });
  return lines.join("\n");
}
