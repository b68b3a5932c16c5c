import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { registerUser } from "@/lib/accounts/credentials";
import { updateProfile } from "@/lib/accounts/profile";
import { loadContent } from "@/lib/content/load";
import { syncContent } from "@/lib/content/sync";
import { createDbClient, type DbClient } from "@/lib/db-client";
import {
  ANSWER_MAX_LENGTH,
  createMock,
  getMockReport,
  getSharedReport,
  moveOn,
  revokeMockShare,
  saveAnswer,
  scoreMock,
  setPaused,
  shareMock,
} from "@/lib/mock/queries";

// Mock interviews against a real database (issue 16): the clock read from rows (a restart loses
// nothing), ownership, two tabs, scoring into attempts, share links.

const contentDir = new URL("../../content", import.meta.url).pathname;
let db: DbClient;
const start = new Date("2026-12-01T10:00:00Z");
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);

async function mleCandidate(label: string) {
  const result = await registerUser(db, {
    name: null,
    email: `${label}-${randomUUID().slice(0, 8)}@example.com`,
    password: "correct horse battery",
    address: randomUUID(),
  });
  if (!result.ok) throw new Error("register failed");
  await updateProfile(db, result.userId, {
    name: null,
    currentRole: "data-scientist",
    targetRole: "machine-learning-engineer",
  });
  return result.userId;
}

async function startLoop(userId: string, practiceMode = false) {
  const result = await createMock(
    db,
    userId,
    { format: "loop-mle", lengthMinutes: 30, practiceMode, hideTags: true },
    start,
    42,
  );
  if (!result.ok) throw new Error(`no mock: ${result.reason}`);
  return result.mockId;
}

beforeAll(async () => {
  db = createDbClient({ connectionString: inject("databaseUrl"), maxConnections: 2 });
  await syncContent(db, await loadContent(contentDir));
});

afterAll(async () => {
  await db.$disconnect();
});

describe("mock interviews", () => {
  it("makes an MLE loop of four rounds in 30 minutes, one mock at a time, and nobody else's", async () => {
    const userId = await mleCandidate("loop");
    const mockId = await startLoop(userId);
    const mock = (await getMockReport(db, userId, mockId, at(1)))?.mock;
    expect(mock).toMatchObject({
      status: "active",
      questionCount: 4,
      current: { position: 0, round: "Coding", kind: "coding" },
    });
    expect(mock!.current!.mockSecondsLeft).toBe(1_799);
    const rows = await db.mockQuestion.findMany({ where: { mockId }, orderBy: { position: "asc" } });
    expect(rows.map((row) => row.round)).toEqual(["Coding", "ML system design", "ML concepts", "Behavioral"]);
    expect(rows.reduce((sum, row) => sum + row.allottedSeconds, 0)).toBe(1_800);
    expect(
      await createMock(
        db,
        userId,
        { format: "sql-screen", lengthMinutes: 30, practiceMode: false, hideTags: true },
        at(2),
      ),
    ).toEqual({
      ok: false,
      reason: "active",
      mockId,
    });
    const stranger = await mleCandidate("stranger");
    expect(await getMockReport(db, stranger, mockId, at(2))).toBeNull();
    expect(
      await saveAnswer(db, stranger, { mockId, position: 0, answer: "mine", baseRevision: 0 }, at(2)),
    ).toEqual({ ok: false, reason: "not-found" });
  });

  it("times questions out from the rows alone, as after a restart, and ends when the time is up", async () => {
    const userId = await mleCandidate("timeout");
    const mockId = await startLoop(userId);
    const first = await db.mockQuestion.findFirstOrThrow({ where: { mockId, position: 0 } });
    // Nobody reads the mock until after the first question's time: it timed out at its deadline.
    const later = (await getMockReport(db, userId, mockId, at(first.allottedSeconds + 5)))?.mock;
    expect(later?.current?.position).toBe(1);
    const ended = await db.mockQuestion.findFirstOrThrow({ where: { mockId, position: 0 } });
    expect(ended).toMatchObject({ timedOut: true, endedAt: at(first.allottedSeconds) });
    // Long after the end: every question ended, the mock waits to be scored.
    expect((await getMockReport(db, userId, mockId, at(3_600)))?.mock?.status).toBe("scoring");
    const all = await db.mockQuestion.findMany({ where: { mockId } });
    expect(all.every((row) => row.endedAt !== null && row.endedAt <= at(1_800))).toBe(true);
  });

  it("keeps the last of two tabs' saves, tells the older one, and refuses an answer over 20,000 characters", async () => {
    const userId = await mleCandidate("tabs");
    const mockId = await startLoop(userId);
    const tabA = await saveAnswer(
      db,
      userId,
      { mockId, position: 0, answer: "from tab A", baseRevision: 0 },
      at(10),
    );
    const tabB = await saveAnswer(
      db,
      userId,
      { mockId, position: 0, answer: "from tab B", baseRevision: 0 },
      at(11),
    );
    expect(tabA).toEqual({ ok: true, revision: 1, overwroteOtherTab: false });
    expect(tabB).toEqual({ ok: true, revision: 2, overwroteOtherTab: true });
    expect((await getMockReport(db, userId, mockId, at(12)))?.mock?.current?.answer).toBe("from tab B");
    expect(
      await saveAnswer(
        db,
        userId,
        { mockId, position: 0, answer: "x".repeat(ANSWER_MAX_LENGTH + 1), baseRevision: 2 },
        at(13),
      ),
    ).toEqual({
      ok: false,
      reason: "too-long",
    });
    // A save for a question the mock has left is refused, not stored.
    await moveOn(
      db,
      userId,
      { mockId, position: 0, answer: null, outcome: "PASSED", finishAll: false },
      at(20),
    );
    expect(
      await saveAnswer(db, userId, { mockId, position: 0, answer: "late", baseRevision: 2 }, at(21)),
    ).toEqual({ ok: false, reason: "moved-on" });
  });

  it("pauses only in practice mode, and a pause moves both deadlines", async () => {
    const strict = await startLoop(await mleCandidate("strict"));
    const strictOwner = (await db.mock.findUniqueOrThrow({ where: { id: strict } })).userId;
    expect(await setPaused(db, strictOwner, { mockId: strict, paused: true }, at(5))).toEqual({
      ok: false,
      reason: "not-practice",
    });
    const userId = await mleCandidate("pause");
    const mockId = await startLoop(userId, true);
    const before = (await getMockReport(db, userId, mockId, at(60)))?.mock;
    await setPaused(db, userId, { mockId, paused: true }, at(60));
    await setPaused(db, userId, { mockId, paused: false }, at(660));
    const after = (await getMockReport(db, userId, mockId, at(660)))?.mock;
    expect(after?.current?.questionSecondsLeft).toBe(before!.current!.questionSecondsLeft);
    expect(after?.current?.mockSecondsLeft).toBe(before!.current!.mockSecondsLeft);
  });

  it("scores against rubrics into attempts once, and shares a report that can be revoked", async () => {
    const userId = await mleCandidate("score");
    const mockId = await startLoop(userId);
    await moveOn(
      db,
      userId,
      { mockId, position: 0, answer: "def solve(): ...", outcome: "PASSED", finishAll: false },
      at(100),
    );
    await moveOn(
      db,
      userId,
      { mockId, position: 1, answer: "A design.", outcome: null, finishAll: true },
      at(200),
    );
    const toScore = await getMockReport(db, userId, mockId, at(201));
    expect(toScore?.mock.status).toBe("scoring");
    const design = toScore!.questions[1]!;
    const allCriteria = design.rubric!.map((_, index) => index);
    expect(await scoreMock(db, userId, { mockId, met: { 1: allCriteria, 9: [0] } }, at(210))).toEqual({
      ok: false,
      reason: "unknown-question",
    });
    expect(await scoreMock(db, userId, { mockId, met: { 1: allCriteria } }, at(210))).toEqual({ ok: true });
    expect(await scoreMock(db, userId, { mockId, met: { 1: allCriteria } }, at(211))).toEqual({
      ok: false,
      reason: "already-scored",
    });

    const report = await getMockReport(db, userId, mockId, at(212));
    // Coding passed (1), design in full (1), the two not reached (0): 50 %.
    expect(report?.overall).toBe(0.5);
    expect(report?.questions.map((question) => question.score)).toEqual([1, 1, 0, 0]);
    const attempts = await db.attempt.findMany({ where: { userId }, orderBy: { idempotencyKey: "asc" } });
    expect(attempts).toHaveLength(4);
    expect(attempts.map((attempt) => attempt.grade).sort()).toEqual(["AGAIN", "AGAIN", "EASY", "EASY"]);
    expect(attempts.filter((attempt) => attempt.outcome === "PASSED")).toHaveLength(1);

    const token = await shareMock(db, userId, mockId);
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect((await getSharedReport(db, token!))?.overall).toBe(0.5);
    expect(await revokeMockShare(db, userId, mockId)).toBe(true);
    expect(await getSharedReport(db, token!)).toBeNull();
  });
});
