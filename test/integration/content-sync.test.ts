import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { ContentError, loadContent, type ContentBundle } from "@/lib/content/load";
import { syncContent } from "@/lib/content/sync";
import { createDbClient, type DbClient } from "@/lib/db-client";

const contentDir = fileURLToPath(new URL("../../content", import.meta.url));

async function counts(db: DbClient) {
  const [skills, roles, snapshots, demands, questions, retired] = await Promise.all([
    db.skill.count(),
    db.role.count(),
    db.marketSnapshot.count(),
    db.skillDemand.count(),
    db.question.count({ where: { retiredAt: null } }),
    db.question.count({ where: { retiredAt: { not: null } } }),
  ]);
  return { skills, roles, snapshots, demands, questions, retired };
}

const DS_VS_MLE = "interviewstack-ds-vs-mle-2026-06";

describe("loading content/ into the database", () => {
  let db: DbClient;
  let bundle: ContentBundle;
  let scratch: string;

  beforeAll(async () => {
    db = createDbClient({ connectionString: inject("databaseUrl"), maxConnections: 1 });
    // Other test files share this database and may have seeded it already: start from empty.
    await db.$transaction([
      db.question.deleteMany(),
      db.marketSnapshot.deleteMany(),
      db.role.deleteMany(),
      db.skill.deleteMany(),
    ]);
    bundle = await loadContent(contentDir);
    scratch = await mkdtemp(path.join(tmpdir(), "content-"));
  });
  const dsVsMle = () => bundle.snapshots.find((s) => s.slug === DS_VS_MLE)!;

  afterAll(async () => {
    await db.$disconnect();
    await rm(scratch, { recursive: true, force: true });
  });

  it("adds every file on the first run and changes nothing on the second", async () => {
    const first = await syncContent(db, bundle);
    expect(first.skills.added).toHaveLength(bundle.skills.length);
    expect(first.roles.added).toHaveLength(bundle.roles.length);
    expect(first.snapshots.added).toHaveLength(bundle.snapshots.length);
    expect(first.questions.added).toHaveLength(bundle.questions.length);

    const before = await counts(db);
    const stamps = await db.role.findMany({
      select: { slug: true, updatedAt: true },
      orderBy: { slug: "asc" },
    });
    const second = await syncContent(db, await loadContent(contentDir));
    for (const collection of Object.values(second)) {
      expect(collection).toEqual({ added: [], changed: [], removed: [] });
    }
    expect(await counts(db)).toEqual(before);
    expect(
      await db.role.findMany({ select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } }),
    ).toEqual(stamps);
  });

  it("stores the snapshot's figures as published", async () => {
    const snapshot = dsVsMle();
    const [roleSlug, figures] = Object.entries(snapshot.figures)[0]!;
    const stored = await db.roleFigures.findFirstOrThrow({
      where: { snapshot: { slug: snapshot.slug }, role: { slug: roleSlug } },
    });
    expect(stored.medianBaseSalaryUsd).toBe(figures.medianBaseSalaryUsd ?? null);
    expect(stored.activePostings).toBe(figures.activePostings ?? null);
    const demandCount = await db.skillDemand.count({
      where: { snapshot: { slug: snapshot.slug }, role: { slug: roleSlug } },
    });
    expect(demandCount).toBe(figures.skills.length);
  });

  it("reports a changed file, retires a removed question and restores it when it returns", async () => {
    const [role, ...otherRoles] = bundle.roles;
    const [question, ...otherQuestions] = bundle.questions;
    const edited: ContentBundle = {
      ...bundle,
      roles: [{ ...role!, summary: `${role!.summary} Edited.` }, ...otherRoles],
      questions: otherQuestions,
    };
    const report = await syncContent(db, edited);
    expect(report.roles.changed).toEqual([role!.slug]);
    expect(report.questions.removed).toEqual([question!.slug]);
    const retired = await db.question.findUniqueOrThrow({ where: { slug: question!.slug } });
    expect(retired.retiredAt).not.toBeNull();

    const restored = await syncContent(db, bundle);
    expect(restored.roles.changed).toEqual([role!.slug]);
    expect(restored.questions.added).toEqual([question!.slug]);
    expect((await db.question.findUniqueOrThrow({ where: { slug: question!.slug } })).retiredAt).toBeNull();
  });

  it("leaves the database as it was when a write fails halfway", async () => {
    const before = await counts(db);
    const snapshot = dsVsMle();
    const [roleSlug, figures] = Object.entries(snapshot.figures)[0]!;
    // An unknown skill slug slips past validation here on purpose: the write fails mid-transaction.
    const broken: ContentBundle = {
      ...bundle,
      roles: [
        ...bundle.roles,
        { slug: "temporary-role", name: "Temporary", summary: "Added, then rolled back.", impliedSkills: [] },
      ],
      snapshots: [
        {
          ...snapshot,
          title: `${snapshot.title} (edited)`,
          figures: {
            ...snapshot.figures,
            [roleSlug]: { ...figures, skills: [...figures.skills, { skill: "no-such-skill", share: 0.5 }] },
          },
        },
      ],
    };
    await expect(syncContent(db, broken)).rejects.toThrow(/no-such-skill/);
    expect(await counts(db)).toEqual(before);
    expect(await db.role.findUnique({ where: { slug: "temporary-role" } })).toBeNull();
  });

  it("stops before writing anything when a file is invalid, naming the file and the field", async () => {
    await cp(contentDir, scratch, { recursive: true });
    const snapshotFile = path.join(scratch, "market", `${dsVsMle().slug}.yaml`);
    const text = await readFile(snapshotFile, "utf8");
    await writeFile(snapshotFile, text.replace(/medianBaseSalaryUsd: \d+/, "medianBaseSalaryUsd: -5"));
    await writeFile(path.join(scratch, "roles", "Bad Name.yaml"), "name: x\nsummary: y\n");

    const error = await loadContent(scratch).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems;
    expect(problems).toContainEqual({
      file: path.join(path.basename(scratch), "market", `${dsVsMle().slug}.yaml`),
      field: expect.stringMatching(/^figures\.[a-z-]+\.medianBaseSalaryUsd$/),
      problem: "a salary must be a positive number of dollars",
    });
    expect(problems.some((p) => p.file.endsWith("Bad Name.yaml") && p.field === "(file name)")).toBe(true);
  });
});
