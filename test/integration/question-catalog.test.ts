import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { loadContent } from "@/lib/content/load";
import { syncContent } from "@/lib/content/sync";
import { createDbClient, type DbClient } from "@/lib/db-client";
import { getQuestionCatalog } from "@/lib/questions/catalog";

// The in-memory question catalog: served from memory while fresh, reloaded when asked about a
// question it does not know or when it is five minutes old.

const contentDir = new URL("../../content", import.meta.url).pathname;
let db: DbClient;

beforeAll(async () => {
  db = createDbClient({ connectionString: inject("databaseUrl"), maxConnections: 1 });
  await syncContent(db, await loadContent(contentDir));
});
afterAll(async () => {
  await db.question.deleteMany({ where: { slug: "catalog-test-question" } });
  await db.$disconnect();
});

describe("getQuestionCatalog", () => {
  it("knows every question's difficulty and skills, and reloads for a question added since", async () => {
    const t0 = 1_800_000_000_000;
    const first = await getQuestionCatalog(db, [], t0);
    const sample = await db.question.findFirstOrThrow({
      where: { skills: { some: {} } },
      select: { id: true, difficulty: true, skills: { select: { skill: { select: { slug: true } } } } },
    });
    expect(first.get(sample.id)).toEqual({
      difficulty: sample.difficulty,
      skillSlugs: expect.arrayContaining(sample.skills.map((s) => s.skill.slug)) as string[],
    });
    // Fresh: the same object, no query.
    expect(await getQuestionCatalog(db, [sample.id], t0 + 1000)).toBe(first);

    const skill = await db.skill.findFirstOrThrow({ select: { id: true, slug: true } });
    const added = await db.question.create({
      data: {
        slug: "catalog-test-question",
        title: "Catalog test",
        prompt: "p",
        answer: "a",
        difficulty: "HARD",
        kind: "CONCEPT",
        contentHash: "x",
        skills: { create: { skillId: skill.id, primary: true } },
      },
      select: { id: true },
    });
    const reloaded = await getQuestionCatalog(db, [added.id], t0 + 2000);
    expect(reloaded.get(added.id)).toEqual({ difficulty: "HARD", skillSlugs: [skill.slug] });
    // Stale after five minutes, whatever is asked.
    expect(await getQuestionCatalog(db, [], t0 + 2000 + 5 * 60_000)).not.toBe(reloaded);
  });
});
