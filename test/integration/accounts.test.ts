import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { authenticate, changePassword, registerUser } from "@/lib/accounts/credentials";
import { buildAccountExport } from "@/lib/accounts/export";
import { deleteAccount, getProfile, updateProfile } from "@/lib/accounts/profile";
import { saveSelfRatings } from "@/lib/accounts/self-ratings";
import { endAllSessions, endSession, findActiveSession, startSession } from "@/lib/accounts/sessions";
import { recordFailure, throttleWait } from "@/lib/accounts/throttle";
import { EMAIL_MAX_DELAY_MS } from "@/lib/accounts/throttle-rules";
import { loadContent } from "@/lib/content/load";
import { syncContent } from "@/lib/content/sync";
import { createDbClient, type DbClient } from "@/lib/db-client";

// Accounts against a real database: the enumeration rule, the sign-in limits (held in PostgreSQL,
// so a second client, like a second app instance, sees them), password change, export and delete.

const contentDir = new URL("../../content", import.meta.url).pathname;
let db: DbClient;
let otherInstance: DbClient;

const PASSWORD = "correct horse battery";
const uniqueEmail = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.com`;
const uniqueAddress = () => `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 6)}`;

async function newUser(label: string) {
  const email = uniqueEmail(label);
  const result = await registerUser(db, { name: label, email, password: PASSWORD, address: uniqueAddress() });
  if (!result.ok) throw new Error(`could not register ${email}`);
  return { id: result.userId, name: label, email };
}

beforeAll(async () => {
  db = createDbClient({ connectionString: inject("databaseUrl"), maxConnections: 4 });
  otherInstance = createDbClient({ connectionString: inject("databaseUrl"), maxConnections: 1 });
  await syncContent(db, await loadContent(contentDir));
});

afterAll(async () => {
  await db.$disconnect();
  await otherInstance.$disconnect();
});

describe("no account enumeration", () => {
  it("answers an unknown email and a wrong password alike", async () => {
    const user = await newUser("enum");
    const unknown = await authenticate(db, {
      email: uniqueEmail("nobody"),
      password: PASSWORD,
      address: uniqueAddress(),
    });
    const wrong = await authenticate(db, {
      email: user.email,
      password: "not the password",
      address: uniqueAddress(),
    });
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
    expect(wrong).toEqual(unknown);
  });

  it("takes about as long for an unknown email as for a wrong password (both run argon2)", async () => {
    const user = await newUser("timing");
    const time = async (email: string) => {
      const start = performance.now();
      await authenticate(db, { email, password: "not the password", address: uniqueAddress() });
      return performance.now() - start;
    };
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const unknown: number[] = [];
    const wrong: number[] = [];
    for (let i = 0; i < 7; i++) {
      unknown.push(await time(uniqueEmail("ghost")));
      wrong.push(await time(user.email));
    }
    // Without the dummy hash an unknown email returns in about a tenth of the time; a factor of
    // two leaves room for a busy machine and still catches that.
    const ratio = median(unknown) / median(wrong);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });

  it("answers a taken email at sign-up like a new one, creates nothing, and counts it like a failed sign-in", async () => {
    const user = await newUser("taken");
    const address = uniqueAddress();
    const again = await registerUser(db, {
      name: null,
      email: user.email,
      password: "another long password",
      address,
    });
    // The caller shows the same page and mails the owner instead of a confirmation link.
    expect(again).toEqual({ ok: true, created: false, userId: user.id });
    expect(await db.user.count({ where: { email: user.email } })).toBe(1);
    const counter = await db.signInThrottle.findUnique({ where: { key: `address:${address}` } });
    expect(counter?.failures).toBe(1);
  });
});

describe("sign-in limits", () => {
  it("blocks an email at one address after 10 consecutive failures, says for how long, and keeps the block in the database", async () => {
    const user = await newUser("brute");
    const attacker = uniqueAddress();
    const start = new Date("2026-11-28T12:00:00Z").getTime();
    // Spaced beyond the per-account delay, which would otherwise refuse the sixth guess.
    const at = (i: number) => new Date(start + i * EMAIL_MAX_DELAY_MS);
    for (let i = 0; i < 10; i++) {
      const result = await authenticate(
        db,
        { email: user.email, password: `guess ${i}`, address: attacker },
        at(i),
      );
      expect(result).toEqual({ ok: false, reason: "invalid" });
    }
    const now = at(9);
    // Even the right password is refused from the attacker's address during the cool-down.
    const blocked = await authenticate(db, { email: user.email, password: PASSWORD, address: attacker }, now);
    expect(blocked).toEqual({ ok: false, reason: "throttled", waitMs: 15 * 60_000 });
    // Another app instance (another client on the same database) sees the same block.
    expect(await throttleWait(otherInstance, { email: user.email, address: attacker }, now)).toBe(
      15 * 60_000,
    );

    // The owner, from another address, is not locked out: at most delayed by EMAIL_MAX_DELAY_MS.
    const owner = await authenticate(
      db,
      { email: user.email, password: PASSWORD, address: uniqueAddress() },
      at(10),
    );
    expect(owner.ok).toBe(true);

    // After the cool-down the right password works from the first address too.
    const later = new Date(now.getTime() + 15 * 60_000);
    expect(
      (await authenticate(db, { email: user.email, password: PASSWORD, address: attacker }, later)).ok,
    ).toBe(true);
  });

  it("slows guessing one account from many addresses with a growing delay, and never locks its owner out", async () => {
    const user = await newUser("botnet");
    const now = new Date("2026-11-28T13:00:00Z");
    const later = (ms: number) => new Date(now.getTime() + ms);
    const guess = (when: Date) =>
      authenticate(db, { email: user.email, password: "Winter2026!", address: uniqueAddress() }, when);
    // Five guesses from five addresses pass through (a forgetful owner is never slowed)...
    for (let i = 0; i < 5; i++) expect(await guess(now)).toEqual({ ok: false, reason: "invalid" });
    // ...then each further guess, from any address, waits: 1 s, then 2 s, 4 s, doubling to 30 s.
    expect(await guess(now)).toEqual({ ok: false, reason: "throttled", waitMs: 1_000 });
    expect(await guess(later(1_000))).toEqual({ ok: false, reason: "invalid" });
    expect(await guess(later(1_000))).toEqual({ ok: false, reason: "throttled", waitMs: 2_000 });
    let elapsed = 1_000;
    for (let wait = 2_000; wait < EMAIL_MAX_DELAY_MS; wait *= 2) {
      elapsed += wait;
      expect(await guess(later(elapsed))).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await guess(later(elapsed))).toEqual({
      ok: false,
      reason: "throttled",
      waitMs: EMAIL_MAX_DELAY_MS,
    });
    // The owner waits no longer than that, from a new address, and a success lifts the delay.
    const owner = (when: Date) =>
      authenticate(db, { email: user.email, password: PASSWORD, address: uniqueAddress() }, when);
    expect((await owner(later(elapsed + EMAIL_MAX_DELAY_MS))).ok).toBe(true);
    expect(await guess(later(elapsed + EMAIL_MAX_DELAY_MS))).toEqual({ ok: false, reason: "invalid" });
  });

  it("counts concurrent failures exactly", async () => {
    const user = await newUser("burst");
    const address = uniqueAddress();
    // Five at once: the per-account delay starts after the fifth, so each of these is counted.
    await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        authenticate(db, { email: user.email, password: `burst ${i}`, address }),
      ),
    );
    const rows = await db.signInThrottle.findMany({ where: { key: { endsWith: `:${address}` } } });
    expect(rows.map((row) => row.failures).sort()).toEqual([5, 5]);
  });

  it("a success resets the consecutive count for that email and address", async () => {
    const user = await newUser("reset");
    const address = uniqueAddress();
    let clock = new Date("2026-11-28T14:00:00Z").getTime();
    const attempt = (password: string) =>
      authenticate(db, { email: user.email, password, address }, new Date((clock += EMAIL_MAX_DELAY_MS)));
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 9; i++)
        expect(await attempt(`nope ${i}`)).toEqual({ ok: false, reason: "invalid" });
      expect((await attempt(PASSWORD)).ok).toBe(true);
    }
  });

  it("blocks an address after 100 failures in a day, whichever emails they tried", async () => {
    const sprayer = uniqueAddress();
    const now = new Date("2026-11-28T08:00:00Z");
    for (let i = 0; i < 100; i++) {
      await authenticate(
        db,
        { email: uniqueEmail(`spray${i}`), password: "Summer2026!", address: sprayer },
        now,
      );
    }
    const victim = await newUser("spray-victim");
    const fromSprayer = await authenticate(
      db,
      { email: victim.email, password: PASSWORD, address: sprayer },
      now,
    );
    expect(fromSprayer).toEqual({ ok: false, reason: "throttled", waitMs: 24 * 3600_000 });
    expect(
      (await authenticate(db, { email: victim.email, password: PASSWORD, address: uniqueAddress() }, now)).ok,
    ).toBe(true);
  }, 120_000);
});

describe("password change", () => {
  it("needs the current password, counts wrong ones, and bumps the session version", async () => {
    const user = await newUser("change");
    const address = uniqueAddress();
    expect(
      await changePassword(db, user.id, {
        currentPassword: "wrong one!!",
        newPassword: "a brand new phrase",
        address,
        userAgent: null,
      }),
    ).toEqual({
      ok: false,
      reason: "wrong-password",
    });
    const browser = await startSession(db, { userId: user.id, userAgent: null, address });
    const changed = await changePassword(db, user.id, {
      currentPassword: PASSWORD,
      newPassword: "a brand new phrase",
      address,
      userAgent: null,
    });
    expect(changed).toEqual({ ok: true, email: user.email });
    // Every session ends with the old password, this browser's too (it signs in again).
    expect(await findActiveSession(db, { sessionId: browser, userId: user.id })).toBeNull();
    expect((await authenticate(db, { email: user.email, password: PASSWORD, address })).ok).toBe(false);
    expect((await authenticate(db, { email: user.email, password: "a brand new phrase", address })).ok).toBe(
      true,
    );
  });

  it("signing out ends that session alone; signing out everywhere ends them all", async () => {
    const user = await newUser("everywhere");
    const other = await newUser("someone-else");
    const start = () =>
      startSession(db, {
        userId: user.id,
        userAgent: "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0",
        address: "10.0.0.1",
      });
    const [laptop, phone, tablet] = [await start(), await start(), await start()];
    const active = (sessionId: string) => findActiveSession(db, { sessionId, userId: user.id });
    expect(await active(laptop)).toMatchObject({ userId: user.id, email: user.email });
    expect(await db.userSession.findUniqueOrThrow({ where: { id: laptop } })).toMatchObject({
      userAgent: "Firefox on Linux",
      address: "10.0.0.1",
    });
    // A session id presented with another user's id is no session (a forged token).
    expect(await findActiveSession(db, { sessionId: laptop, userId: other.id })).toBeNull();

    await endSession(db, laptop);
    expect(await active(laptop)).toBeNull();
    expect(await active(phone)).not.toBeNull();

    await endAllSessions(db, user.id);
    expect(await active(phone)).toBeNull();
    expect(await active(tablet)).toBeNull();
  });

  it("ends a session idle for longer than the idle limit, and notes use at most once a day", async () => {
    const user = await newUser("idle");
    const sessionId = await startSession(db, { userId: user.id, userAgent: null, address: null });
    const seen = async () =>
      (await db.userSession.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt;
    const started = await seen();
    const hours = (h: number) => new Date(started.getTime() + h * 3_600_000);
    await findActiveSession(db, { sessionId, userId: user.id }, hours(1));
    expect(await seen()).toEqual(started);
    await findActiveSession(db, { sessionId, userId: user.id }, hours(25));
    expect(await seen()).toEqual(hours(25));
    expect(await findActiveSession(db, { sessionId, userId: user.id }, hours(25 + 7 * 24 + 1))).toBeNull();
    expect(await db.userSession.count({ where: { id: sessionId } })).toBe(0);
  });
});

describe("profile, export and delete", () => {
  it("saves roles by slug and refuses an unknown one, naming the field", async () => {
    const user = await newUser("profile");
    expect(
      await updateProfile(db, user.id, {
        name: "Ada",
        currentRole: "data-scientist",
        targetRole: "not-a-role",
      }),
    ).toEqual({ ok: false, field: "targetRole" });
    expect(
      await updateProfile(db, user.id, {
        name: "Ada <script>",
        currentRole: "data-scientist",
        targetRole: "machine-learning-engineer",
      }),
    ).toEqual({ ok: true });
    const profile = await getProfile(db, user.id);
    expect(profile).toMatchObject({
      name: "Ada <script>",
      currentRoleSlug: "data-scientist",
      targetRoleSlug: "machine-learning-engineer",
    });
    // Onboarding sets the roles alone and keeps the name.
    expect(await updateProfile(db, user.id, { currentRole: null, targetRole: "data-scientist" })).toEqual({
      ok: true,
    });
    expect(await getProfile(db, user.id)).toMatchObject({
      name: "Ada <script>",
      currentRoleSlug: null,
      targetRoleSlug: "data-scientist",
    });
  });

  it("exports only the user's own data, without secrets", async () => {
    const first = await newUser("export-a");
    const second = await newUser("export-b");
    await saveSelfRatings(db, first.id, [{ field: "rating:docker", skillSlug: "docker", value: "2" }]);
    const data = await buildAccountExport(db, second.id);
    expect(data?.profile.email).toBe(second.email);
    expect(data?.selfRatings).toEqual([]);
    const own = await buildAccountExport(db, first.id);
    expect(own?.selfRatings).toMatchObject([{ skill: "docker", rating: 2 }]);
    expect(JSON.stringify(own)).not.toMatch(/passwordHash|\$argon2/);
  });

  it("delete removes every row of the user and nobody else's", async () => {
    const doomed = await newUser("doomed");
    const bystander = await newUser("bystander");
    const question = await db.question.findFirstOrThrow({ select: { id: true } });
    for (const user of [doomed, bystander]) {
      await db.note.create({ data: { userId: user.id, questionId: question.id, body: "mine" } });
      await db.bookmark.create({ data: { userId: user.id, questionId: question.id } });
      await db.attempt.create({
        data: { userId: user.id, questionId: question.id, grade: "GOOD", idempotencyKey: randomUUID() },
      });
      await saveSelfRatings(db, user.id, [{ field: "rating:sql", skillSlug: "sql", value: "4" }]);
    }
    await deleteAccount(db, doomed.id);
    const counts = async (userId: string) =>
      Promise.all([
        db.user.count({ where: { id: userId } }),
        db.note.count({ where: { userId } }),
        db.bookmark.count({ where: { userId } }),
        db.attempt.count({ where: { userId } }),
        db.skillAssessment.count({ where: { userId } }),
      ]);
    expect(await counts(doomed.id)).toEqual([0, 0, 0, 0, 0]);
    expect(await counts(bystander.id)).toEqual([1, 1, 1, 1, 1]);
    expect(
      (await authenticate(db, { email: doomed.email, password: PASSWORD, address: uniqueAddress() })).ok,
    ).toBe(false);
  });
});

describe("counter housekeeping", () => {
  it("prunes counters whose window and block are over, keeping live ones", async () => {
    const now = new Date("2026-11-28T12:00:00Z");
    const stale = `address:prune-stale-${randomUUID()}`;
    const blocked = `address:prune-blocked-${randomUUID()}`;
    await db.$executeRaw`INSERT INTO "SignInThrottle" ("key", "failures", "windowStartedAt", "blockedUntil", "updatedAt")
      VALUES (${stale}, 3, ${new Date("2026-11-20T00:00:00Z")}, NULL, ${new Date("2026-11-20T00:00:00Z")}),
             (${blocked}, 100, ${new Date("2026-11-20T00:00:00Z")}, ${new Date("2026-11-29T00:00:00Z")}, ${new Date("2026-11-20T00:00:00Z")})`;
    // A failure that draws the pruning chance clears finished counters as it goes.
    await recordFailure(db, { email: uniqueEmail("pruner"), address: uniqueAddress() }, now, () => 0);
    const left = await db.signInThrottle.findMany({
      where: { key: { in: [stale, blocked] } },
      select: { key: true },
    });
    expect(left.map((row) => row.key)).toEqual([blocked]);
  });
});
