import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { registerUser } from "@/lib/accounts/credentials";
import { buildAccountExport } from "@/lib/accounts/export";
import { importAccountData, importFileSchema } from "@/lib/accounts/import";
import { updateProfile } from "@/lib/accounts/profile";
import { saveSelfRatings } from "@/lib/accounts/self-ratings";
import { loadContent } from "@/lib/content/load";
import { syncContent } from "@/lib/content/sync";
import { createDbClient, type DbClient } from "@/lib/db-client";
import { recordAttempt, saveNote, setBookmark } from "@/lib/progress/attempts";

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
  return result.user;
}

beforeAll(async () => {
  db = createDbClient({ connectionString: inject("databaseUrl"), maxConnections: 1 });
  await syncContent(db, await loadContent(contentDir));
});
afterAll(async () => {
  await db.$disconnect();
});

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

    const exported = await buildAccountExport(db, source.id);
    // Through JSON, as the file travels.
    const file = importFileSchema.parse(JSON.parse(JSON.stringify(exported)));
    const target = await newUser("target");
    const result = await importAccountData(db, target.id, file);
    expect(result).toEqual({
      ok: true,
      imported: { selfRatings: 1, attempts: 3, reviewSchedules: 2, bookmarks: 1, notes: 1, skipped: 0 },
    });
    const reexported = await buildAccountExport(db, target.id);
    expect(portable(reexported!)).toEqual(portable(exported!));
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
    const file = importFileSchema.parse(JSON.parse(JSON.stringify(await buildAccountExport(db, user.id))));
    const other = await newUser("busy-target");
    expect((await importAccountData(db, other.id, file)).ok).toBe(true);
    const again = await importAccountData(db, other.id, file);
    expect(again).toMatchObject({ ok: false, reason: "not-empty" });
    expect(await db.attempt.count({ where: { userId: other.id } })).toBe(1);
  });

  it("skips entries for questions this bank does not have, and counts them", async () => {
    const user = await newUser("skipper");
    const file = importFileSchema.parse({
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
      imported: { selfRatings: 0, attempts: 0, reviewSchedules: 0, bookmarks: 0, notes: 0, skipped: 2 },
    });
  });

  it("names the problem with a file that is not an export", () => {
    const result = importFileSchema.safeParse({ format: "something-else", version: 1 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ["format"],
      message: "is not a gradient-prep-export file",
    });
  });
});
