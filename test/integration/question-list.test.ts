import { randomBytes, randomUUID } from "node:crypto";

import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from "vitest";

import { createDbClient, type DbClient } from "@/lib/db-client";
import type { Difficulty } from "@/lib/generated/prisma/client";
import { recordAttempt } from "@/lib/progress/attempts";
import type { GradeName } from "@/lib/progress/grades";
import type { SortOrder } from "@/lib/questions/search-params";
import { searchQuestions } from "@/lib/questions/search-query";
import { listQuestionStatuses } from "@/lib/questions/status-queries";

// The question list's additions of issue 17 against a real database: the signed-in visitor's
// marks (GET /api/questions/progress) and the Sort by control. The database is shared with other
// files: every user, skill and question made here carries this run's tag and is removed at the end.

// The route's session check, without Auth.js: who is signed in is what each test says.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth", () => ({
  getSessionUser: () => Promise.resolve(session.userId ? { id: session.userId, sessionId: "test" } : null),
}));

const RUN = randomBytes(4).toString("hex");
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const T0 = new Date("2026-03-02T09:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

let db: DbClient;
let skillSlug: string;
let userCount = 0;

async function createUser(): Promise<string> {
  const user = await db.user.create({
    data: { email: `question-list-${RUN}-${++userCount}@example.test` },
    select: { id: true },
  });
  return user.id;
}

async function createQuestion(
  name: string,
  data: { title: string; difficulty: Difficulty; prompt?: string; answer?: string },
): Promise<string> {
  const skill = await db.skill.findUniqueOrThrow({ where: { slug: skillSlug }, select: { id: true } });
  const question = await db.question.create({
    data: {
      slug: `question-list-${RUN}-${name}`,
      kind: "CONCEPT",
      hints: [],
      prompt: "A prompt.",
      answer: "An answer.",
      contentHash: "test",
      ...data,
      skills: { create: [{ skillId: skill.id }] },
    },
    select: { slug: true },
  });
  return question.slug;
}

async function grade(userId: string, questionSlug: string, g: GradeName, now: Date) {
  const result = await recordAttempt(
    db,
    userId,
    { questionSlug, grade: g, timeSpentSeconds: 30, idempotencyKey: randomUUID() },
    now,
  );
  if (!result.ok) throw new Error(`grading ${questionSlug} failed`);
  return result.review.due;
}

/** Three questions of this run's own skill, one of them titled with a `code` span. */
const slugs = { aardvark: "", mid: "", zeta: "" };

beforeAll(async () => {
  db = createDbClient({ connectionString: inject("databaseUrl"), maxConnections: 2 });
  skillSlug = `question-list-${RUN}`;
  await db.skill.create({
    data: { slug: skillSlug, name: `Test ${RUN}`, category: "test", description: "", contentHash: "test" },
  });
  // "quokka" is in M's title, Z's prompt and A's answer: relevance ranks them M, Z, A.
  slugs.aardvark = await createQuestion("aardvark", {
    title: `Aardvark counting ${RUN}`,
    difficulty: "MEDIUM",
    answer: "A quokka answer.",
  });
  slugs.mid = await createQuestion("mid", { title: `Mmm, a quokka ${RUN}`, difficulty: "HARD" });
  slugs.zeta = await createQuestion("zeta", {
    title: `\`zzzz_${RUN}()\` and its arguments`,
    difficulty: "EASY",
    prompt: "What does a quokka eat?",
  });
});

afterAll(async () => {
  await db.user.deleteMany({ where: { email: { startsWith: `question-list-${RUN}-` } } });
  await db.question.deleteMany({ where: { slug: { startsWith: `question-list-${RUN}-` } } });
  await db.skill.deleteMany({ where: { slug: { startsWith: `question-list-${RUN}` } } });
  await db.$disconnect();
});

describe("listQuestionStatuses", () => {
  it("lists each question the user graded once, with the latest grade and whether it is due", async () => {
    const userId = await createUser();
    await grade(userId, slugs.aardvark, "GOOD", T0);
    const aardvarkDue = await grade(userId, slugs.aardvark, "AGAIN", at(MINUTE));
    const zetaDue = await grade(userId, slugs.zeta, "EASY", at(2 * MINUTE));

    const now = at(3 * MINUTE);
    const statuses = await listQuestionStatuses(db, userId, now);
    expect(statuses).toEqual(
      [
        { slug: slugs.aardvark, lastGrade: "AGAIN", due: aardvarkDue <= now },
        { slug: slugs.zeta, lastGrade: "EASY", due: zetaDue <= now },
      ].sort((a, b) => (a.slug < b.slug ? -1 : 1)),
    );
    // An Easy on a new question is not due minutes later; by a year later everything is.
    expect(statuses.find((s) => s.slug === slugs.zeta)?.due).toBe(false);
    const later = await listQuestionStatuses(db, userId, at(365 * DAY));
    expect(later.map((s) => s.due)).toEqual([true, true]);
  });

  it("reads only the user's own reviews", async () => {
    const mine = await createUser();
    const theirs = await createUser();
    await grade(theirs, slugs.mid, "GOOD", T0);
    await grade(theirs, slugs.aardvark, "HARD", T0);
    await grade(mine, slugs.aardvark, "AGAIN", T0);
    expect(await listQuestionStatuses(db, mine, at(MINUTE))).toEqual([
      { slug: slugs.aardvark, lastGrade: "AGAIN", due: expect.any(Boolean) },
    ]);
    expect((await listQuestionStatuses(db, theirs, at(MINUTE))).map((s) => s.lastGrade).sort()).toEqual([
      "GOOD",
      "HARD",
    ]);
    expect(await listQuestionStatuses(db, await createUser(), at(MINUTE))).toEqual([]);
    expect(await listQuestionStatuses(db, "no-such-user", at(MINUTE))).toEqual([]);
  });

  it("leaves out retired questions, as the list does", async () => {
    const userId = await createUser();
    const retired = await createQuestion("retired", { title: `Retired ${RUN}`, difficulty: "EASY" });
    await grade(userId, retired, "GOOD", T0);
    await grade(userId, slugs.mid, "GOOD", T0);
    await db.question.update({ where: { slug: retired }, data: { retiredAt: at(DAY) } });
    expect((await listQuestionStatuses(db, userId, at(DAY))).map((s) => s.slug)).toEqual([slugs.mid]);
  });
});

/** GET /api/questions/progress through the route module itself, with the app's own lib/db client. */
async function callRoute(): Promise<{ status: number; cacheControl: string | null; body: unknown }> {
  vi.resetModules();
  vi.stubEnv("DATABASE_URL", inject("databaseUrl"));
  vi.stubEnv("DATABASE_POOL_MAX", "1");
  // lib/db.ts caches its client on globalThis outside production; each call needs its own.
  delete (globalThis as { db?: unknown }).db;
  const { GET } = await import("@/app/api/questions/progress/route");
  const response = await GET();
  const body: unknown = await response.json();
  const { db: appDb } = await import("@/lib/db");
  await appDb.$disconnect();
  return { status: response.status, cacheControl: response.headers.get("cache-control"), body };
}

describe("GET /api/questions/progress", () => {
  afterEach(() => {
    session.userId = null;
    vi.unstubAllEnvs();
    delete (globalThis as { db?: unknown }).db;
  });

  it("tells a visitor they are signed out, and is never stored by a cache", async () => {
    expect(await callRoute()).toEqual({
      status: 200,
      cacheControl: "private, no-store",
      body: { signedIn: false, questions: [] },
    });
  });

  it("answers the signed-in user's own statuses, and never stored by a cache", async () => {
    const userId = await createUser();
    await grade(userId, slugs.mid, "HARD", new Date(Date.now() - 365 * DAY));
    await grade(await createUser(), slugs.zeta, "GOOD", T0);
    session.userId = userId;
    expect(await callRoute()).toEqual({
      status: 200,
      cacheControl: "private, no-store",
      // Graded a year ago: due now.
      body: { signedIn: true, questions: [{ slug: slugs.mid, lastGrade: "HARD", due: true }] },
    });
  });
});

describe("sorting the list", () => {
  const order = async (q: string | null, sort?: SortOrder) => {
    const result = await searchQuestions(db, { q, filters: { skill: skillSlug }, sort, page: 1 });
    expect(result.total).toBe(3);
    return result.hits.map((hit) => hit.slug);
  };

  it("lists the easiest first without a search, by relevance or by difficulty", async () => {
    const easiestFirst = [slugs.zeta, slugs.aardvark, slugs.mid];
    expect(await order(null)).toEqual(easiestFirst);
    expect(await order(null, "relevance")).toEqual(easiestFirst);
    expect(await order(null, "difficulty")).toEqual(easiestFirst);
  });

  it("ranks by relevance with a search, and keeps that order within a difficulty", async () => {
    expect(await order("quokka")).toEqual([slugs.mid, slugs.zeta, slugs.aardvark]);
    expect(await order("quokka", "relevance")).toEqual([slugs.mid, slugs.zeta, slugs.aardvark]);
    expect(await order("quokka", "difficulty")).toEqual([slugs.zeta, slugs.aardvark, slugs.mid]);
  });

  it("sorts by title ignoring case and a title's backticks, whatever the search", async () => {
    // Unstripped, "`zzzz…" would come first: a backtick sorts before every lowercase letter.
    const byTitle = [slugs.aardvark, slugs.mid, slugs.zeta];
    expect(await order(null, "title")).toEqual(byTitle);
    expect(await order("quokka", "title")).toEqual(byTitle);
  });

  it("pages through a sort without repeating or skipping a question", async () => {
    const pages = await Promise.all(
      [1, 2, 3].map((page) => searchQuestions(db, { q: null, filters: {}, sort: "title", page })),
    );
    const titles = pages.flatMap((page) => page.hits.map((hit) => hit.title));
    const slugsSeen = pages.flatMap((page) => page.hits.map((hit) => hit.slug));
    expect(new Set(slugsSeen).size).toBe(slugsSeen.length);
    // Titles starting with a letter follow the alphabet, ignoring case.
    const initials = titles
      .map((title) =>
        title
          .replace(/^[`"“‘]+/, "")
          .charAt(0)
          .toLowerCase(),
      )
      .filter((initial) => /[a-z]/.test(initial));
    expect(initials).toEqual([...initials].sort());
  });
});
