import { randomUUID } from "node:crypto";

import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";

// The mail transport and the sealing key read the environment when first used: set both before
// any module reads it. The SMTP port is picked here and the server started on it below.
const smtpPort = vi.hoisted(() => {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.AUTH_SECRET = "integration-only-secret-0123456789-abcdefgh";
  process.env.SITE_URL = "https://prep.example";
  return port;
});

import { emailVerificationMail, passwordResetMail, signUpAttemptNotice } from "@/lib/accounts/account-mail";
import { consumeAccountToken, issueAccountToken } from "@/lib/accounts/account-tokens";
import { authenticate, confirmEmail, registerUser, resetPassword } from "@/lib/accounts/credentials";
import { deleteAccount } from "@/lib/accounts/profile";
import { findActiveSession, startSession } from "@/lib/accounts/sessions";
import {
  CHALLENGE_MAX_FAILURES,
  CHALLENGE_TTL_MS,
  consumeChallenge,
  countChallengeFailure,
  createChallenge,
  findChallenge,
} from "@/lib/accounts/sign-in-challenge";
import { recordFailure, throttleWait } from "@/lib/accounts/throttle";
import { totpCode } from "@/lib/accounts/totp";
import {
  beginTotpSetup,
  checkCodeOrPassword,
  confirmTotpSetup,
  disableTwoFactor,
  getTwoFactorStatus,
  pendingTotpSetup,
  verifySecondFactor,
} from "@/lib/accounts/two-factor";
import { createDbClient, type DbClient } from "@/lib/db-client";
import { sendMail } from "@/lib/mail/transport";

// Issue 15 against a real database and a real SMTP server: two-factor set-up and use, the
// half-signed-in challenge, and the mailed links (reset and confirmation) end to end.

let db: DbClient;
let smtp: SMTPServer;
const inbox: { to: string; subject: string; text: string }[] = [];

const PASSWORD = "correct horse battery";
const context = { userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0", address: "203.0.113.9" };
const uniqueEmail = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.com`;

async function newUser(label: string) {
  const email = uniqueEmail(label);
  const result = await registerUser(db, { name: null, email, password: PASSWORD, address: randomUUID() });
  if (!result.ok) throw new Error("register failed");
  return { id: result.userId, email };
}

function startSmtp(): Promise<void> {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const to = Array.isArray(mail.to)
            ? mail.to.map((address) => address.text).join(", ")
            : (mail.to?.text ?? "");
          inbox.push({ to, subject: mail.subject ?? "", text: mail.text ?? "" });
          callback();
        })
        .catch(callback);
    },
  });
  return new Promise((resolve) => smtp.listen(smtpPort, "127.0.0.1", () => resolve()));
}

function tokenIn(text: string, pathname: string): string {
  const match = text.match(new RegExp(`https://prep\\.example${pathname}\\?token=([A-Za-z0-9_-]+)`));
  if (!match?.[1]) throw new Error(`no ${pathname} link in ${text}`);
  return match[1];
}

beforeAll(async () => {
  db = createDbClient({ connectionString: inject("databaseUrl"), maxConnections: 2 });
  await startSmtp();
});

afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await db.$disconnect();
});

async function enableTwoFactor(userId: string, now: Date) {
  await beginTotpSetup(db, userId);
  const setup = await pendingTotpSetup(db, userId, "Gradient Prep");
  if (!setup) throw new Error("no set-up");
  const result = await confirmTotpSetup(db, userId, { code: totpCode(setup.secret, now), ...context }, now);
  if (!result.ok) throw new Error(`confirm failed: ${result.reason}`);
  return { secret: setup.secret, recoveryCodes: result.recoveryCodes };
}

describe("two-factor sign-in", () => {
  it("is confirmed by a first code, keeps the secret sealed, and accepts each code once", async () => {
    const user = await newUser("totp");
    const now = new Date();
    await beginTotpSetup(db, user.id);
    const setup = await pendingTotpSetup(db, user.id, "Gradient Prep");
    expect(setup?.uri).toContain(encodeURIComponent(user.email));
    // A wrong first code leaves it off.
    const wrongCode = totpCode(setup!.secret, new Date(now.getTime() - 120_000));
    expect(await confirmTotpSetup(db, user.id, { code: wrongCode, ...context }, now)).toEqual({
      ok: false,
      reason: "wrong",
    });
    expect((await getTwoFactorStatus(db, user.id)).enabled).toBe(false);

    const code = totpCode(setup!.secret, now);
    const confirmed = await confirmTotpSetup(db, user.id, { code, ...context }, now);
    expect(confirmed.ok && confirmed.recoveryCodes).toHaveLength(10);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.totpSecret).toMatch(/^v1\./);
    expect(row.totpSecret).not.toContain(setup!.secret);
    expect(row.totpPendingSecret).toBeNull();
    expect(
      await authenticate(db, { email: user.email, password: PASSWORD, address: randomUUID() }),
    ).toMatchObject({
      ok: true,
      user: { twoFactor: true },
    });

    // The set-up's code was used; the next step's works once.
    expect(await verifySecondFactor(db, user.id, { kind: "totp", code }, now)).toEqual({
      ok: false,
      reason: "replayed",
    });
    const later = new Date(now.getTime() + 30_000);
    const nextCode = totpCode(setup!.secret, later);
    expect(await verifySecondFactor(db, user.id, { kind: "totp", code: nextCode }, later)).toMatchObject({
      ok: true,
      method: "code",
    });
    expect(await verifySecondFactor(db, user.id, { kind: "totp", code: nextCode }, later)).toEqual({
      ok: false,
      reason: "replayed",
    });
  });

  it("takes each recovery code once, also when two requests race with it", async () => {
    const user = await newUser("recovery");
    const { recoveryCodes } = await enableTwoFactor(user.id, new Date());
    const stored = await db.recoveryCode.findMany({ where: { userId: user.id } });
    expect(stored.every((row) => row.codeHash.startsWith("$argon2id$"))).toBe(true);
    const [first, second] = await Promise.all([
      verifySecondFactor(db, user.id, { kind: "recovery", code: recoveryCodes[3]! }),
      verifySecondFactor(db, user.id, { kind: "recovery", code: recoveryCodes[3]! }),
    ]);
    expect([first.ok, second.ok].filter(Boolean)).toHaveLength(1);
    expect(
      await verifySecondFactor(db, user.id, { kind: "recovery", code: recoveryCodes[3]! }),
    ).toMatchObject({ ok: false });
    expect(await verifySecondFactor(db, user.id, { kind: "recovery", code: recoveryCodes[4]! })).toEqual({
      ok: true,
      method: "recovery code",
      recoveryCodesLeft: 8,
    });
  });

  it("asks for a code or the password to turn it off, and throttles wrong ones like sign-ins", async () => {
    const user = await newUser("proof");
    const now = new Date();
    const { secret } = await enableTwoFactor(user.id, now);
    const address = randomUUID();
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(await checkCodeOrPassword(db, user.id, { proof: `wrong ${attempt}`, address }, now)).toEqual({
        ok: false,
        reason: "wrong",
      });
    }
    const sixth = await checkCodeOrPassword(db, user.id, { proof: PASSWORD, address }, now);
    expect(sixth).toMatchObject({ ok: false, reason: "throttled" });
    // The password's own counters were not touched: sign-in still works.
    expect((await authenticate(db, { email: user.email, password: PASSWORD, address }, now)).ok).toBe(true);
    const later = new Date(now.getTime() + 60_000);
    expect(
      await checkCodeOrPassword(db, user.id, { proof: totpCode(secret, later), address }, later),
    ).toEqual({ ok: true });
    await disableTwoFactor(db, user.id, context, later);
    expect(await getTwoFactorStatus(db, user.id)).toMatchObject({ enabled: false, recoveryCodesLeft: 0 });
    const events = await db.securityEvent.findMany({
      where: { userId: user.id },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((event) => event.kind)).toEqual(["two-factor-enabled", "two-factor-disabled"]);
    expect(events[0]?.userAgent).toBe("Chrome on Linux");
  });
});

describe("the half-signed-in challenge", () => {
  it("lasts ten minutes and five wrong codes, and is used once", async () => {
    const user = await newUser("challenge");
    const now = new Date();
    const token = await createChallenge(db, user.id, "password", now);
    expect(await findChallenge(db, token, now)).toMatchObject({ userId: user.id, firstFactor: "password" });
    expect(await findChallenge(db, token, new Date(now.getTime() + CHALLENGE_TTL_MS + 1))).toBeNull();
    expect(await findChallenge(db, `${token.slice(0, -1)}x`, now)).toBeNull();
    const challenge = (await findChallenge(db, token, now))!;
    for (let failure = 1; failure < CHALLENGE_MAX_FAILURES; failure++) {
      expect(await countChallengeFailure(db, challenge.tokenHash)).toBe(true);
    }
    expect(await countChallengeFailure(db, challenge.tokenHash)).toBe(false);
    expect(await findChallenge(db, token, now)).toBeNull();

    const again = await createChallenge(db, user.id, "github", now);
    const open = (await findChallenge(db, again, now))!;
    expect(await consumeChallenge(db, open.tokenHash)).toBe(true);
    expect(await consumeChallenge(db, open.tokenHash)).toBe(false);
  });
});

describe("mailed links through SMTP", () => {
  it("resets a password once: every session ends, the limits are lifted, the email is confirmed", async () => {
    const user = await newUser("reset");
    const session = await startSession(db, { userId: user.id, userAgent: null, address: null });
    const attacker = { email: user.email, address: "198.51.100.77" };
    for (let attempt = 0; attempt < 10; attempt++) await recordFailure(db, attacker, new Date());
    expect(await throttleWait(db, attacker, new Date())).toBeGreaterThan(0);

    const mail = await passwordResetMail(db, { email: user.email, address: context.address });
    expect(await sendMail(mail!)).toBe(true);
    const received = inbox.find(
      (message) => message.to.includes(user.email) && message.subject.startsWith("Reset"),
    );
    const token = tokenIn(received!.text, "/reset-password");

    const tampered = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    expect(
      await resetPassword(db, { token: tampered, newPassword: "a new long passphrase", ...context }),
    ).toEqual({ ok: false, reason: "invalid-link" });
    expect(await resetPassword(db, { token, newPassword: "a new long passphrase", ...context })).toEqual({
      ok: true,
      email: user.email,
    });
    expect(await resetPassword(db, { token, newPassword: "another long passphrase", ...context })).toEqual({
      ok: false,
      reason: "invalid-link",
    });

    expect(await findActiveSession(db, { sessionId: session, userId: user.id })).toBeNull();
    expect(await throttleWait(db, attacker, new Date())).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerified).not.toBeNull();
    expect(
      (
        await authenticate(db, {
          email: user.email,
          password: "a new long passphrase",
          address: randomUUID(),
        })
      ).ok,
    ).toBe(true);
  });

  it("refuses an expired link, a link of another kind, and one for a deleted account", async () => {
    const user = await newUser("expired");
    const now = new Date();
    const reset = await issueAccountToken(
      db,
      { userId: user.id, email: user.email, purpose: "reset-password" },
      now,
    );
    expect(
      await consumeAccountToken(db, reset, "reset-password", new Date(now.getTime() + 31 * 60_000)),
    ).toBeNull();
    const verify = await issueAccountToken(
      db,
      { userId: user.id, email: user.email, purpose: "verify-email" },
      now,
    );
    expect(
      await resetPassword(db, { token: verify, newPassword: "a new long passphrase", ...context }),
    ).toEqual({ ok: false, reason: "invalid-link" });
    await deleteAccount(db, user.id);
    expect(await confirmEmail(db, { token: verify, ...context })).toEqual({
      ok: false,
      reason: "invalid-link",
    });
    expect(await passwordResetMail(db, { email: user.email, address: context.address })).toBeNull();
  });

  it("confirms an email from the sign-up mail, and mails the owner of a taken one instead", async () => {
    const user = await newUser("verify");
    const mail = await emailVerificationMail(db, {
      userId: user.id,
      email: user.email,
      address: context.address,
    });
    expect(await sendMail(mail!)).toBe(true);
    const token = tokenIn(inbox.find((message) => message.to.includes(user.email))!.text, "/verify-email");
    expect(await confirmEmail(db, { token, ...context })).toEqual({
      ok: true,
      userId: user.id,
      twoFactor: false,
      onboarded: false,
    });
    expect(await confirmEmail(db, { token, ...context })).toEqual({ ok: false, reason: "invalid-link" });

    const again = await registerUser(db, {
      name: null,
      email: user.email,
      password: "someone else's",
      address: randomUUID(),
    });
    expect(again).toEqual({ ok: true, created: false, userId: user.id });
    const notice = await signUpAttemptNotice(db, { email: user.email, address: context.address });
    expect(notice?.subject).toMatch(/^Someone tried to sign up/);
    expect(notice?.text).toContain("https://prep.example/forgot-password");
  });

  it("sends at most five mails an hour to one address", async () => {
    const user = await newUser("flood");
    const sent = [];
    for (let request = 0; request < 7; request++) {
      sent.push(await passwordResetMail(db, { email: user.email, address: randomUUID() }));
    }
    expect(sent.filter(Boolean)).toHaveLength(5);
  });

  it("logs a mail server that is down, and reports the send as failed without throwing", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    try {
      expect(await sendMail({ to: "someone@example.com", subject: "Reset your password", text: "x" })).toBe(
        false,
      );
      expect(errors).toHaveBeenCalledWith(
        expect.stringMatching(/^\[mail\] sending "Reset your password" failed: /),
      );
    } finally {
      errors.mockRestore();
      await startSmtp();
    }
  });
});
