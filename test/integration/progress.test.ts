import { randomBytes, randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";

import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { loadContent, type ContentBundle } from "@/lib/content/load";
import { syncContent } from "@/lib/content/sync";
import { createDbClient, type DbClient } from "@/lib/db-client";
import type { Difficulty } from "@/lib/generated/prisma/client";
import {
  deleteBookmarkById,
  deleteNoteById,
  recordAttempt,
  saveNote,
  setBookmark,
  updatePracticeSettings,
} from "@/lib/progress/attempts";
import { countDue } from "@/lib/progress/calendar";
import { getDashboard } from "@/lib/progress/dashboard";
import { getPracticeQueue } from "@/lib/progress/practice-queue";
import {
  getAttemptById,
  getNoteById,
  getQuestionProgress,
  listBookmarks,
  listRecentAttempts,
} from "@/lib/progress/progress-queries";
import { replayGrades, type GradeName } from "@/lib/progress/scheduling";
import { currentStreak, longestStreak } from "@/lib/progress/streak";

// Recording attempts, bookmarks and notes, and the reads of /practice and /dashboard, against a
// seeded database. The database is shared with other files: every user, skill and question made
// here carries this run's tag and is removed at the end.

const contentDir = fileURLToPath(new URL("../../content", import.meta.url));
const RUN = randomBytes(4).toString("hex");
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const T0 = new Date("2026-03-02T09:00:00Z");
const at = (ms: number, from = T0) => new Date(from.getTime() + ms);

let db: DbClient;
let bundle: ContentBundle;
let userCount = 0;

async function createUser(data: { timeZone?: string; dailyNewLimit?: number } = {}): Promise<string> {
  const user = await db.user.create({
    data: { email: `progress-${RUN}-${++userCount}@example.test`, ...data },
    select: { id: true },
  });
  return user.id;
}

async function createSkill(name: string): Promise<{ id: string; slug: string }> {
  const slug = `progress-${RUN}-${name}`;
  return db.skill.create({
    data: { slug, name: `Test ${name}`, category: "test", description: "", contentHash: "test" },
    select: { id: true, slug: true },
  });
}

async function createQuestion(
  name: string,
  difficulty: Difficulty,
  skillIds: string[],
  retiredAt: Date | null = null,
): Promise<{ id: string; slug: string }> {
  return db.question.create({
    data: {
      slug: `progress-${RUN}-${name}`,
      title: `Question ${name}`,
      difficulty,
      kind: "CONCEPT",
      hints: [],
      prompt: "Prompt",
      answer: "Answer",
      contentHash: "test",
      retiredAt,
      skills: { create: skillIds.map((skillId, index) => ({ skillId, primary: index === 0 })) },
    },
    select: { id: true, slug: true },
  });
}

function grade(userId: string, questionSlug: string, g: GradeName, now: Date, extra: { key?: string } = {}) {
  return recordAttempt(
    db,
    userId,
    { questionSlug, grade: g, timeSpentSeconds: 30, idempotencyKey: extra.key ?? randomUUID() },
    now,
  );
}

const contentSlug = (i: number) => bundle.questions[i]!.slug;

beforeAll(async () => {
  // Several connections on PostgreSQL, so that concurrent submits really race. PGlite has one
  // session behind a multiplexer that mixes up prepared statements of concurrent clients; with one
  // connection the submits still interleave, statement by statement, outside their transactions.
  db = createDbClient({
    connectionString: inject("databaseUrl"),
    maxConnections: inject("databaseKind") === "postgresql" ? 6 : 1,
  });
  bundle = await loadContent(contentDir);
  await syncContent(db, bundle);
});

afterAll(async () => {
  await db.user.deleteMany({ where: { email: { startsWith: `progress-${RUN}-` } } });
  await db.question.deleteMany({ where: { slug: { startsWith: `progress-${RUN}-` } } });
  await db.skill.deleteMany({ where: { slug: { startsWith: `progress-${RUN}-` } } });
  await db.$disconnect();
});

describe("recording an attempt", () => {
  it("stores the attempt and schedules the question, and remembers a valid time zone", async () => {
    const userId = await createUser();
    const result = await recordAttempt(
      db,
      userId,
      {
        questionSlug: contentSlug(0),
        grade: "GOOD",
        timeSpentSeconds: 95,
        idempotencyKey: randomUUID(),
        timeZone: "Europe/Paris",
      },
      T0,
    );
    expect(result).toMatchObject({ ok: true, duplicate: false, review: { reps: 1 } });
    if (!result.ok) return;
    expect(result.review.due.getTime()).toBeGreaterThan(T0.getTime());

    const state = await db.reviewState.findFirstOrThrow({
      where: { userId, question: { slug: contentSlug(0) } },
    });
    expect(state).toMatchObject({ due: result.review.due, reps: 1, version: 1, lastReview: T0 });
    const attempt = await getAttemptById(db, userId, result.attemptId);
    expect(attempt).toMatchObject({
      questionSlug: contentSlug(0),
      grade: "GOOD",
      timeSpentSeconds: 95,
      createdAt: T0,
    });
    const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } });
    expect(user.timeZone).toBe("Europe/Paris");

    await recordAttempt(
      db,
      userId,
      {
        questionSlug: contentSlug(0),
        grade: "EASY",
        timeSpentSeconds: null,
        idempotencyKey: randomUUID(),
        timeZone: "Mars/Olympus",
      },
      at(DAY),
    );
    const after = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } });
    expect(after.timeZone).toBe("Europe/Paris");
  });

  it("records a retried submit once, answering with the first attempt", async () => {
    const userId = await createUser();
    const key = randomUUID();
    const first = await grade(userId, contentSlug(1), "GOOD", T0, { key });
    const second = await grade(userId, contentSlug(1), "AGAIN", at(MINUTE), { key });
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(second).toEqual({ ...first, duplicate: true });
    expect(await db.attempt.count({ where: { userId } })).toBe(1);
    const state = await db.reviewState.findFirstOrThrow({ where: { userId } });
    expect([state.reps, state.version]).toEqual([1, 1]);
  });

  it("records the same key fired concurrently once", async () => {
    const userId = await createUser();
    const key = randomUUID();
    const results = await Promise.all(
      [0, 1, 2, 3].map((i) => grade(userId, contentSlug(2), "GOOD", at(i * 1000), { key })),
    );
    const ids = new Set(results.map((r) => (r.ok ? r.attemptId : null)));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toEqual(expect.any(String));
    expect(results.filter((r) => r.ok && !r.duplicate)).toHaveLength(1);
    expect(await db.attempt.count({ where: { userId } })).toBe(1);
    const state = await db.reviewState.findFirstOrThrow({ where: { userId } });
    expect(state.reps).toBe(1);
  });

  it("counts two tabs grading the same question at once, in the order they were given", async () => {
    // Several rounds, each a fresh user, so that a real server gets many chances to interleave. In
    // the first rounds the question is new (the schedule row does not exist yet); in the others it
    // was graded before (the row exists and is locked).
    for (let round = 0; round < 8; round++) {
      const userId = await createUser();
      const start = at(round * DAY);
      const earlier: { grade: GradeName; at: Date }[] = round < 4 ? [] : [{ grade: "HARD", at: start }];
      for (const g of earlier) await grade(userId, contentSlug(3), g.grade, g.at);
      const concurrent: { grade: GradeName; at: Date }[] = [
        { grade: "GOOD", at: at(MINUTE, start) },
        { grade: "AGAIN", at: at(2 * MINUTE, start) },
      ];
      // The later attempt is sent first on odd rounds.
      const order = round % 2 === 0 ? concurrent : [...concurrent].reverse();
      const results = await Promise.all(order.map((g) => grade(userId, contentSlug(3), g.grade, g.at)));
      expect(results.every((r) => r.ok && !r.duplicate)).toBe(true);

      const all = [...earlier, ...concurrent];
      expect(await db.attempt.count({ where: { userId } })).toBe(all.length);
      const state = await db.reviewState.findFirstOrThrow({ where: { userId } });
      const expected = replayGrades(all)!;
      expect(state).toMatchObject({
        reps: all.length,
        due: expected.due,
        stability: expected.stability,
        difficulty: expected.difficulty,
        state: expected.state,
        lapses: expected.lapses,
        lastReview: expected.lastReview,
        version: all.length,
      });
    }
  });

  it("answers not-found for an unknown or retired question and writes nothing", async () => {
    const userId = await createUser();
    const retired = await createQuestion("retired", "EASY", [], new Date("2026-01-01T00:00:00Z"));
    expect(await grade(userId, "no-such-question", "GOOD", T0)).toEqual({ ok: false, reason: "not-found" });
    expect(await grade(userId, retired.slug, "GOOD", T0)).toEqual({ ok: false, reason: "not-found" });
    expect(await db.attempt.count({ where: { userId } })).toBe(0);
    expect(await db.reviewState.count({ where: { userId } })).toBe(0);
    expect(await setBookmark(db, userId, { questionSlug: retired.slug, bookmarked: true })).toEqual({
      ok: false,
      reason: "not-found",
    });
    expect(await saveNote(db, userId, { questionSlug: "no-such-question", body: "x" })).toEqual({
      ok: false,
      reason: "not-found",
    });
    expect(await getQuestionProgress(db, userId, retired.slug, T0)).toBeNull();
  });
});

describe("bookmarks and notes", () => {
  it("set and unset bookmarks, each the user's own", async () => {
    const owner = await createUser();
    const other = await createUser();
    const slug = contentSlug(4);
    expect(await setBookmark(db, owner, { questionSlug: slug, bookmarked: true })).toEqual({ ok: true });
    expect(await setBookmark(db, owner, { questionSlug: slug, bookmarked: true })).toEqual({ ok: true });
    const [bookmark, ...rest] = await listBookmarks(db, owner, 10);
    expect(rest).toEqual([]);
    expect(bookmark?.question.slug).toBe(slug);
    expect(await listBookmarks(db, other, 10)).toEqual([]);

    expect(await deleteBookmarkById(db, other, bookmark!.id)).toEqual({ ok: false, reason: "not-found" });
    expect(await db.bookmark.count({ where: { id: bookmark!.id } })).toBe(1);
    expect(await setBookmark(db, owner, { questionSlug: slug, bookmarked: false })).toEqual({ ok: true });
    expect(await listBookmarks(db, owner, 10)).toEqual([]);

    await setBookmark(db, owner, { questionSlug: slug, bookmarked: true });
    const [again] = await listBookmarks(db, owner, 10);
    expect(await deleteBookmarkById(db, owner, again!.id)).toEqual({ ok: true });
    expect(await deleteBookmarkById(db, owner, again!.id)).toEqual({ ok: false, reason: "not-found" });
  });

  it("save, replace and clear notes; another user can neither read nor delete them", async () => {
    const owner = await createUser();
    const other = await createUser();
    const slug = contentSlug(5);
    expect(await saveNote(db, owner, { questionSlug: slug, body: "First *draft*" })).toEqual({ ok: true });
    expect(await saveNote(db, owner, { questionSlug: slug, body: "Second draft" })).toEqual({ ok: true });
    const stored = await db.note.findFirstOrThrow({ where: { userId: owner }, select: { id: true } });

    expect(await getNoteById(db, owner, stored.id)).toMatchObject({
      questionSlug: slug,
      body: "Second draft",
    });
    expect(await getNoteById(db, other, stored.id)).toBeNull();
    expect(await deleteNoteById(db, other, stored.id)).toEqual({ ok: false, reason: "not-found" });
    expect(await db.note.count({ where: { id: stored.id } })).toBe(1);
    expect((await getQuestionProgress(db, other, slug, T0))?.note).toBeNull();

    expect(await saveNote(db, owner, { questionSlug: slug, body: "  " })).toEqual({ ok: true });
    expect(await getNoteById(db, owner, stored.id)).toBeNull();

    await saveNote(db, owner, { questionSlug: slug, body: "Third" });
    const third = await db.note.findFirstOrThrow({ where: { userId: owner }, select: { id: true } });
    expect(await deleteNoteById(db, owner, third.id)).toEqual({ ok: true });
    expect(await db.note.count({ where: { userId: owner } })).toBe(0);
  });

  it("keep other users' attempts out of reach by id", async () => {
    const owner = await createUser();
    const other = await createUser();
    const result = await grade(owner, contentSlug(6), "HARD", T0);
    if (!result.ok) throw new Error("expected the attempt to be recorded");
    expect(await getAttemptById(db, owner, result.attemptId)).not.toBeNull();
    expect(await getAttemptById(db, other, result.attemptId)).toBeNull();
    expect(await listRecentAttempts(db, other, 10)).toEqual([]);
  });
});

describe("a question's progress", () => {
  it("shows bookmark, note, attempts, last grade and schedule, and only the user's own", async () => {
    const userId = await createUser();
    const other = await createUser();
    const slug = contentSlug(7);
    expect(await getQuestionProgress(db, userId, slug, T0)).toEqual({
      bookmarked: false,
      note: null,
      attempts: 0,
      lastGrade: null,
      review: null,
    });
    expect(await getQuestionProgress(db, userId, "no-such-question", T0)).toBeNull();

    await grade(userId, slug, "AGAIN", T0);
    await grade(userId, slug, "GOOD", at(10 * MINUTE));
    await setBookmark(db, userId, { questionSlug: slug, bookmarked: true });
    await saveNote(db, userId, { questionSlug: slug, body: "Remember the base rate." });

    const progress = await getQuestionProgress(db, userId, slug, at(10 * MINUTE));
    expect(progress).toMatchObject({
      bookmarked: true,
      note: { body: "Remember the base rate." },
      attempts: 2,
      lastGrade: "GOOD",
      review: { isDue: false, recall: 1 },
    });
    expect(progress?.review?.due.getTime()).toBeGreaterThan(at(10 * MINUTE).getTime());
    expect(await getQuestionProgress(db, other, slug, T0)).toMatchObject({ bookmarked: false, attempts: 0 });
  });

  it("falls due after its FSRS interval, and not a moment before", async () => {
    const userId = await createUser();
    const skill = await createSkill("due");
    const question = await createQuestion("due-1", "EASY", [skill.id]);
    const result = await grade(userId, question.slug, "GOOD", T0);
    await grade(userId, question.slug, "GOOD", at(10 * MINUTE));
    const state = await db.reviewState.findFirstOrThrow({ where: { userId }, select: { due: true } });
    expect(result.ok).toBe(true);
    expect(state.due.getTime() - T0.getTime()).toBeGreaterThan(DAY);

    const before = at(-1, state.due);
    const onTime = state.due;
    expect((await getQuestionProgress(db, userId, question.slug, before))?.review?.isDue).toBe(false);
    expect((await getQuestionProgress(db, userId, question.slug, onTime))?.review).toMatchObject({
      isDue: true,
    });
    const options = { skillPriority: [], difficultyFor: () => ["EASY"] as const };
    expect((await getPracticeQueue(db, userId, before, options)).reviews).toEqual([]);
    const queue = await getPracticeQueue(db, userId, onTime, options);
    expect(queue.reviews.map((r) => r.slug)).toEqual([question.slug]);
    expect(queue.dueCount).toBe(1);
    // Recall decays from 1 once time passes.
    const later = await getQuestionProgress(db, userId, question.slug, at(30 * DAY, onTime));
    expect(later?.review?.recall).toBeLessThan(0.9);
  });
});

describe("the practice queue", () => {
  it("puts due reviews first, then new questions round-robin by gap skill, within the daily limit", async () => {
    const [sql, ml, stats] = await Promise.all([createSkill("sql"), createSkill("ml"), createSkill("stats")]);
    const q = {
      sqlEasy1: await createQuestion("sql-easy-1", "EASY", [sql.id]),
      sqlEasy2: await createQuestion("sql-easy-2", "EASY", [sql.id]),
      sqlMedium: await createQuestion("sql-medium", "MEDIUM", [sql.id]),
      shared: await createQuestion("shared-easy", "EASY", [sql.id, ml.id]),
      mlHard: await createQuestion("ml-hard", "HARD", [ml.id]),
      mlMedium: await createQuestion("ml-medium", "MEDIUM", [ml.id]),
      statsMedium: await createQuestion("stats-medium", "MEDIUM", [stats.id]),
      statsRetired: await createQuestion(
        "stats-retired",
        "EASY",
        [stats.id],
        new Date("2026-01-01T00:00:00Z"),
      ),
      oldA: await createQuestion("old-a", "HARD", [stats.id]),
      oldB: await createQuestion("old-b", "HARD", [stats.id]),
    };
    // Auckland is UTC+13 in March: its day starts at 11:00 UTC the day before.
    const userId = await createUser({ timeZone: "Pacific/Auckland", dailyNewLimit: 4 });
    const now = new Date("2026-03-10T10:00:00Z"); // 23:00 on 10 March in Auckland
    await grade(userId, q.oldB.slug, "AGAIN", new Date("2026-02-01T00:00:00Z"));
    await grade(userId, q.oldA.slug, "AGAIN", new Date("2026-02-02T00:00:00Z"));

    const options = {
      skillPriority: [sql.slug, ml.slug, stats.slug],
      difficultyFor: (skill: string): Difficulty[] =>
        skill === ml.slug ? ["MEDIUM", "HARD", "EASY"] : ["EASY", "MEDIUM", "HARD"],
    };
    const queue = await getPracticeQueue(db, userId, now, options);
    expect(queue.reviews.map((r) => r.slug)).toEqual([q.oldB.slug, q.oldA.slug]);
    expect(queue.reviews[0]).toMatchObject({ title: "Question old-b", difficulty: "hard", kind: "concept" });
    expect(queue.reviews[0]?.skills).toEqual([{ slug: stats.slug, name: "Test stats" }]);
    // sql's easy questions by slug, ml's medium first; stats offers its medium (the retired easy
    // question is never offered, nor are old-a and old-b, which are practised).
    expect(queue.newQuestions.map((n) => [n.skillSlug, n.slug])).toEqual([
      [sql.slug, q.shared.slug],
      [ml.slug, q.mlMedium.slug],
      [stats.slug, q.statsMedium.slug],
      [sql.slug, q.sqlEasy1.slug],
    ]);
    expect(queue.newQuestions[0]?.skills.map((s) => s.slug).sort()).toEqual([ml.slug, sql.slug].sort());
    expect(queue).toMatchObject({ dailyNewLimit: 4, hideTags: false, newDoneToday: 0, dueCount: 2 });

    // Today in Auckland: a first attempt at 01:00 local (still 9 March in UTC) counts; one at 23:30
    // local the day before does not, nor does a question first tried before today.
    // (Graded Easy, so that none of them falls due again before `now`.)
    await grade(userId, q.sqlEasy2.slug, "EASY", new Date("2026-03-09T12:00:00Z"));
    await grade(userId, q.sqlMedium.slug, "EASY", new Date("2026-03-09T10:30:00Z"));
    await grade(userId, q.oldA.slug, "EASY", new Date("2026-03-10T09:00:00Z"));
    const later = await getPracticeQueue(db, userId, now, options);
    expect(later.newDoneToday).toBe(1);
    expect(later.reviews.map((r) => r.slug)).toEqual([q.oldB.slug]);
    expect(later.newQuestions.map((n) => n.slug)).toEqual([
      q.shared.slug,
      q.mlMedium.slug,
      q.statsMedium.slug,
    ]);

    expect(await updatePracticeSettings(db, userId, { dailyNewLimit: 2, hideTags: true })).toMatchObject({
      ok: true,
    });
    const capped = await getPracticeQueue(db, userId, now, options);
    expect(capped).toMatchObject({ dailyNewLimit: 2, hideTags: true, newDoneToday: 1 });
    expect(capped.newQuestions.map((n) => n.slug)).toEqual([q.shared.slug]);
  });
});

describe("the dashboard", () => {
  it("counts streaks, the heat map and due reviews by the user's calendar, not UTC's", async () => {
    const userId = await createUser();
    const now = new Date("2026-03-10T12:00:00Z"); // 21:00 on 10 March in Tokyo (UTC+9, no DST)
    const times = [
      // A run of five Tokyo days in February, each attempt at 23:30 local (14:30 UTC).
      ...[1, 2, 3, 4, 5].map((d) => new Date(Date.UTC(2026, 1, d, 14, 30))),
      // 8, 9 and 10 March in Tokyo; in UTC only 8 and 9 March.
      new Date("2026-03-08T14:00:00Z"),
      new Date("2026-03-09T14:30:00Z"),
      new Date("2026-03-09T15:30:00Z"),
    ];
    const grades: GradeName[] = ["GOOD", "HARD", "EASY", "AGAIN", "GOOD", "GOOD", "HARD", "EASY"];
    for (const [i, time] of times.entries()) {
      const result = await recordAttempt(
        db,
        userId,
        {
          questionSlug: contentSlug(10 + (i % 3)),
          grade: grades[i]!,
          timeSpentSeconds: 60,
          idempotencyKey: randomUUID(),
          timeZone: "Asia/Tokyo",
        },
        time,
      );
      expect(result.ok).toBe(true);
    }
    await setBookmark(db, userId, { questionSlug: contentSlug(10), bookmarked: true });

    const dashboard = await getDashboard(db, userId, now);
    expect(dashboard).not.toBeNull();
    if (!dashboard) return;
    expect(dashboard.user).toEqual({ timeZone: "Asia/Tokyo", targetRole: null, impliedSkills: new Set() });
    expect(dashboard.currentStreak).toBe(3);
    expect(dashboard.longestStreak).toBe(5);
    expect(currentStreak(times, "UTC", now)).toBe(2);
    expect([dashboard.currentStreak, dashboard.longestStreak]).toEqual([
      currentStreak(times, "Asia/Tokyo", now),
      longestStreak(times, "Asia/Tokyo", now),
    ]);

    expect(dashboard.totals).toEqual({ attempts: 8, questionsPractised: 3 });
    expect(dashboard.heatMap.total).toBe(8);
    const days = new Map(dashboard.heatMap.weeks.flatMap((w) => w.days.map((d) => [d.date, d.count])));
    expect([days.get("2026-03-08"), days.get("2026-03-09"), days.get("2026-03-10")]).toEqual([1, 1, 1]);
    expect(days.get("2026-02-01")).toBe(1);
    expect(dashboard.recentAttempts.map((a) => a.createdAt)).toEqual([...times].reverse());
    expect(dashboard.bookmarks.map((b) => b.question.slug)).toEqual([contentSlug(10)]);

    // The query reads only the reviews due within 8 days; the counts match those over every review.
    const states = await db.reviewState.findMany({ where: { userId }, select: { due: true } });
    expect(dashboard.due).toEqual(
      countDue(
        states.map((s) => s.due),
        "Asia/Tokyo",
        now,
      ),
    );
    expect(dashboard.due.overdueOrToday).toBeGreaterThan(0);

    expect(dashboard.practised).toHaveLength(3);
    for (const [i, slug] of [contentSlug(10), contentSlug(11), contentSlug(12)].entries()) {
      const question = bundle.questions.find((b) => b.slug === slug)!;
      const row = await db.question.findUniqueOrThrow({ where: { slug }, select: { id: true } });
      const practised = dashboard.practised.find((p) => p.questionId === row.id);
      const last = times
        .map((time, j) => ({ time, j }))
        .filter(({ j }) => j % 3 === i)
        .at(-1)!;
      expect(practised).toMatchObject({
        difficulty: question.difficulty.toUpperCase(),
        lastGrade: grades[last.j],
        lastAttemptAt: last.time,
      });
      expect([...practised!.skillSlugs].sort()).toEqual([...question.skills].sort());
      expect(practised!.recall).toBeGreaterThan(0);
      expect(practised!.recall).toBeLessThanOrEqual(1);
    }
  });

  it("is empty for a user with no practice, and null for no user", async () => {
    const userId = await createUser({ timeZone: "America/New_York" });
    const dashboard = await getDashboard(db, userId, T0);
    expect(dashboard).toMatchObject({
      currentStreak: 0,
      longestStreak: 0,
      totals: { attempts: 0, questionsPractised: 0 },
      due: { overdueOrToday: 0, thisWeek: 0 },
      recentAttempts: [],
      bookmarks: [],
      practised: [],
    });
    expect(dashboard?.heatMap.weeks).toHaveLength(12);
    expect(await getDashboard(db, "no-such-user", T0)).toBeNull();
  });
});
