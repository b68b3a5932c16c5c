import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { registerUser } from "@/lib/accounts/credentials";
import { buildAccountExport } from "@/lib/accounts/export";
import { importAccountData, parseImportFile, type ImportFile } from "@/lib/accounts/import";
import { updateProfile } from "@/lib/accounts/profile";
import { saveSelfRatings } from "@/lib/accounts/self-ratings";
import { loadContent } from "@/lib/content/load";
import { syncContent } from "@/lib/content/sync";
import { createDbClient, type DbClient } from "@/lib/db-client";
import { createMock, moveOn, scoreMock } from "@/lib/mock/queries";
import { recordAttempt, saveNote, setBookmark } from "@/lib/progress/attempts";
import { saveCodeDraft } from "@/lib/progress/code-drafts";

// Export, then import into a fresh account: everything comes back, and an import never merges
// into an account that already has practice.

const contentDir = new URL("../../content", import.meta.url).pathname;
let db: DbClient;

async function newUser(label: string) {
  const email = `${label}-${randomUUID().slice(0, 8)}@example.com`;
  const result = await registerUser(db, {
    name: label,
    email,
    password: "correct horse battery",
    address: randomUUID(),
  });
  if (!result.ok) throw new Error("register failed");
  return { id: result.userId, name: label, email };
}

beforeAll(async () => {
  db = createDbClient({ connectionString: inject("databaseUrl"), maxConnections: 1 });
  await syncContent(db, await loadContent(contentDir));
});
afterAll(async () => {
  await db.$disconnect();
});

/** Parses a file as the import route does; throws with the field errors when it is refused. */
async function parsed(json: unknown): Promise<ImportFile> {
  const result = await parseImportFile(json);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.fieldErrors)}`);
  return result.file;
}

/** The export without what must differ between two accounts. */
function portable(data: NonNullable<Awaited<ReturnType<typeof buildAccountExport>>>) {
  const { exportedAt: _exportedAt, profile, ...rest } = data;
  const { email: _email, createdAt: _createdAt, signInProviders: _providers, ...profileRest } = profile;
  return { profile: profileRest, ...rest };
}

describe("export and import", () => {
  it("round-trips attempts, schedules, bookmarks, notes, ratings and profile into an empty account", async () => {
    const source = await newUser("source");
    const [q1, q2] = await db.question.findMany({
      take: 2,
      orderBy: { slug: "asc" },
      select: { slug: true },
    });
    await updateProfile(db, source.id, {
      name: "Source",
      currentRole: "data-scientist",
      targetRole: "machine-learning-engineer",
    });
    await saveSelfRatings(db, source.id, [{ field: "rating:docker", skillSlug: "docker", value: "2" }]);
    const t0 = new Date("2026-11-01T09:00:00Z");
    await recordAttempt(
      db,
      source.id,
      {
        questionSlug: q1!.slug,
        grade: "GOOD",
        timeSpentSeconds: 300,
        idempotencyKey: randomUUID(),
        timeZone: "Europe/Berlin",
      },
      t0,
    );
    await recordAttempt(
      db,
      source.id,
      { questionSlug: q1!.slug, grade: "HARD", timeSpentSeconds: null, idempotencyKey: randomUUID() },
      new Date("2026-11-05T09:00:00Z"),
    );
    await recordAttempt(
      db,
      source.id,
      { questionSlug: q2!.slug, grade: "AGAIN", timeSpentSeconds: 60, idempotencyKey: randomUUID() },
      t0,
    );
    await setBookmark(db, source.id, { questionSlug: q2!.slug, bookmarked: true });
    await saveNote(db, source.id, {
      questionSlug: q1!.slug,
      body: "Remember **the window** <script>x</script>",
    });
    await saveCodeDraft(db, source.id, { questionSlug: q2!.slug, code: "SELECT 1\n\tFROM t -- ünï" });
    // A scored mock interview: its questions became attempts, which the import links again.
    const mock = await createMock(
      db,
      source.id,
      { format: "behavioral", lengthMinutes: 30, practiceMode: false, hideTags: true },
      t0,
      5,
    );
    if (!mock.ok) throw new Error(`no mock: ${mock.reason}`);
    await moveOn(
      db,
      source.id,
      { mockId: mock.mockId, position: 0, answer: "A story, told.", outcome: null, finishAll: true },
      t0,
    );
    await scoreMock(db, source.id, { mockId: mock.mockId, met: { 0: [0, 1] } }, t0);
    const mockQuestions = await db.mockQuestion.count({ where: { mockId: mock.mockId } });

    const exported = await buildAccountExport(db, source.id);
    // Through JSON, as the file travels.
    const file = await parsed(JSON.parse(JSON.stringify(exported)));
    const target = await newUser("target");
    const result = await importAccountData(db, target.id, file);
    expect(result).toEqual({
      ok: true,
      imported: {
        selfRatings: 1,
        attempts: 3 + mockQuestions,
        reviewSchedules: 2 + mockQuestions,
        bookmarks: 1,
        notes: 1,
        savedCode: 1,
        mocks: 1,
        skipped: 0,
        duplicates: 0,
      },
    });
    const reexported = await buildAccountExport(db, target.id);
    expect(portable(reexported!)).toEqual(portable(exported!));
    expect(reexported!.mocks[0]!.questions[0]).toMatchObject({
      answer: "A story, told.",
      metCriteria: [0, 1],
    });
    expect(reexported!.mocks[0]!.questions.every((question) => question.attemptKey !== null)).toBe(true);
    expect(reexported!.savedCode).toEqual([
      expect.objectContaining({ question: q2!.slug, code: "SELECT 1\n\tFROM t -- ünï" }),
    ]);
  });

  it("refuses to import into an account that already has practice", async () => {
    const user = await newUser("busy");
    const question = await db.question.findFirstOrThrow({ select: { slug: true } });
    await recordAttempt(db, user.id, {
      questionSlug: question.slug,
      grade: "GOOD",
      timeSpentSeconds: null,
      idempotencyKey: randomUUID(),
    });
    const file = await parsed(JSON.parse(JSON.stringify(await buildAccountExport(db, user.id))));
    const other = await newUser("busy-target");
    expect((await importAccountData(db, other.id, file)).ok).toBe(true);
    const again = await importAccountData(db, other.id, file);
    expect(again).toMatchObject({ ok: false, reason: "not-empty" });
    expect(await db.attempt.count({ where: { userId: other.id } })).toBe(1);
  });

  it("skips entries for questions this bank does not have, and counts them", async () => {
    const user = await newUser("skipper");
    const file = await parsed({
      format: "gradient-prep-export",
      version: 1,
      profile: { name: null, currentRole: null, targetRole: "no-such-role" },
      selfRatings: [{ skill: "no-such-skill", rating: 3 }],
      attempts: [
        {
          question: "no-such-question",
          grade: "GOOD",
          timeSpentSeconds: null,
          idempotencyKey: "k-123456",
          createdAt: "2026-01-01T00:00:00Z",
        },
      ],
      reviewSchedules: [],
      bookmarks: [],
      notes: [],
    });
    expect(await importAccountData(db, user.id, file)).toEqual({
      ok: true,
      imported: {
        selfRatings: 0,
        attempts: 0,
        reviewSchedules: 0,
        bookmarks: 0,
        notes: 0,
        savedCode: 0,
        mocks: 0,
        skipped: 3,
        duplicates: 0,
      },
    });
  });

  it("names the problem with a file that is not an export", async () => {
    expect(await parseImportFile({ format: "something-else", version: 1 })).toMatchObject({
      ok: false,
      fieldErrors: { format: "is not a gradient-prep-export file" },
    });
  });
});

type Row = Record<string, unknown>;
interface FileShape {
  format: string;
  version: number;
  profile: Row;
  selfRatings: Row[];
  attempts: Row[];
  reviewSchedules: Row[];
  bookmarks: Row[];
  notes: Row[];
}

/** A valid file of one attempt, with `change` applied, for the hostile cases. */
async function fileWith(change: (file: FileShape) => void) {
  const question = await db.question.findFirstOrThrow({ orderBy: { slug: "asc" }, select: { slug: true } });
  const file: FileShape = {
    format: "gradient-prep-export",
    version: 1,
    profile: { name: "Ada", timeZone: "Europe/London", currentRole: null, targetRole: null },
    selfRatings: [{ skill: "sql", rating: 3 }],
    attempts: [
      {
        question: question.slug,
        grade: "GOOD",
        timeSpentSeconds: 30,
        idempotencyKey: "key-00000001",
        createdAt: "2026-11-01T09:00:00.000Z",
      },
    ],
    reviewSchedules: [],
    bookmarks: [{ question: question.slug, createdAt: "2026-11-01T09:00:00.000Z" }],
    notes: [
      {
        question: question.slug,
        body: "line one\nline two",
        createdAt: "2026-11-01T09:00:00.000Z",
        updatedAt: "2026-11-01T09:00:00.000Z",
      },
    ],
  };
  change(file);
  return file;
}

describe("import of a hostile file", () => {
  // What an attack run found (issue 12): each refused with the field named, nothing stored.
  it.each<[string, (file: FileShape) => void, string]>([
    [
      "a date PostgreSQL cannot store",
      (f) => (f.attempts[0]!.createdAt = "-004713-01-01T00:00:00Z"),
      "attempts.0.createdAt",
    ],
    [
      "the largest JavaScript date",
      (f) => (f.attempts[0]!.createdAt = 8640000000000000),
      "attempts.0.createdAt",
    ],
    [
      "a date in year 10000",
      (f) => (f.attempts[0]!.createdAt = "+010000-06-01T00:00:00Z"),
      "attempts.0.createdAt",
    ],
    [
      "a date before 2000",
      (f) => (f.bookmarks[0]!.createdAt = "1999-12-31T23:59:59Z"),
      "bookmarks.0.createdAt",
    ],
    ["an unknown time zone", (f) => (f.profile.timeZone = "Mars/Olympus_Mons"), "profile.timeZone"],
    ["an empty time zone", (f) => (f.profile.timeZone = ""), "profile.timeZone"],
    ["a NUL in a slug", (f) => (f.attempts[0]!.question = "\u0000"), "attempts.0.question"],
    [
      "a NUL in a key",
      (f) => (f.attempts[0]!.idempotencyKey = "key-\u0000-0001"),
      "attempts.0.idempotencyKey",
    ],
    ["a NUL in a note", (f) => (f.notes[0]!.body = "a\u0000b"), "notes.0.body"],
    ["an escape in the name", (f) => (f.profile.name = "Ada\u001b[31m"), "profile.name"],
    ["a bell in the name", (f) => (f.profile.name = "Ada\u0007"), "profile.name"],
    ["a line break in the name", (f) => (f.profile.name = "Ada\nLovelace"), "profile.name"],
    ["a right-to-left override in the name", (f) => (f.profile.name = "Ada\u202eecalevoL"), "profile.name"],
    ["a rating out of range", (f) => (f.selfRatings[0]!.rating = 9), "selfRatings.0.rating"],
    ["a daily limit out of range", (f) => (f.profile.dailyNewLimit = 0), "profile.dailyNewLimit"],
  ])("refuses %s, naming %s", async (_label, change, field) => {
    const result = await parseImportFile(JSON.parse(JSON.stringify(await fileWith(change))));
    expect(result.ok).toBe(false);
    expect(Object.keys(result.ok ? {} : result.fieldErrors)).toContain(field);
  });

  it("merges duplicates, keeps the latest rating and note, and reports what it stored", async () => {
    const user = await newUser("duplicates");
    const file = await parsed(
      await fileWith((f) => {
        f.selfRatings = [
          { skill: "sql", rating: 2 },
          { skill: "sql", rating: 4 },
        ];
        f.attempts.push({ ...f.attempts[0]! });
        f.bookmarks.push({ ...f.bookmarks[0]! });
        f.notes.push({ ...f.notes[0], body: "the later one", updatedAt: "2026-11-02T09:00:00.000Z" });
      }),
    );
    const result = await importAccountData(db, user.id, file);
    expect(result).toMatchObject({
      ok: true,
      imported: { selfRatings: 1, attempts: 1, reviewSchedules: 1, bookmarks: 1, notes: 1, duplicates: 4 },
    });
    expect(
      await db.skillAssessment.findMany({ where: { userId: user.id }, select: { rating: true } }),
    ).toEqual([{ rating: 4 }]);
    expect(await db.note.findMany({ where: { userId: user.id }, select: { body: true } })).toEqual([
      { body: "the later one" },
    ]);
    expect(await db.attempt.count({ where: { userId: user.id } })).toBe(1);
  });

  it("lets one of four parallel imports into one empty account through; the others get 409", async () => {
    const user = await newUser("parallel");
    const file = await parsed(await fileWith(() => {}));
    // Each import needs its own connection to run at the same time as the others.
    const clients = Array.from({ length: 4 }, () =>
      createDbClient({ connectionString: inject("databaseUrl"), maxConnections: 1 }),
    );
    try {
      const results = await Promise.all(clients.map((client) => importAccountData(client, user.id, file)));
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      for (const refused of results.filter((r) => !r.ok)) {
        expect(["busy", "not-empty"]).toContain((refused as { reason: string }).reason);
      }
      expect(await db.attempt.count({ where: { userId: user.id } })).toBe(1);
      expect(await db.skillAssessment.count({ where: { userId: user.id } })).toBe(1);
    } finally {
      await Promise.all(clients.map((client) => client.$disconnect()));
    }
  });
});
