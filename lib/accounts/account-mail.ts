import "server-only";

import type { DbClient } from "@/lib/db-client";
import { formatDateTime } from "@/lib/format";
import { siteLink } from "@/lib/mail/links";
import {
  passwordChangedMail,
  resetPasswordMail,
  signUpAttemptMail,
  twoFactorDisabledMail,
  verifyEmailMail,
} from "@/lib/mail/messages";
import type { OutgoingMail } from "@/lib/mail/transport";

import { issueAccountToken } from "./account-tokens";
import { allowMail } from "./throttle";

// Which mail an account event sends, with its link. Each returns the mail to send after the
// response (lib/mail/send-after.ts), or null when none is due: no such account, or this address
// has had its hourly share of mail already.

export async function passwordResetMail(
  db: DbClient,
  { email, address }: { email: string; address: string },
  now = new Date(),
): Promise<OutgoingMail | null> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!user || !(await allowMail(db, { email, address }, now))) return null;
  const token = await issueAccountToken(db, { userId: user.id, email, purpose: "reset-password" }, now);
  return { to: email, ...resetPasswordMail(siteLink("/reset-password", { token })) };
}

export async function emailVerificationMail(
  db: DbClient,
  input: { userId: string; email: string; address: string },
  now = new Date(),
): Promise<OutgoingMail | null> {
  if (!(await allowMail(db, input, now))) return null;
  const token = await issueAccountToken(
    db,
    { userId: input.userId, email: input.email, purpose: "verify-email" },
    now,
  );
  return { to: input.email, ...verifyEmailMail(siteLink("/verify-email", { token })) };
}

export async function signUpAttemptNotice(
  db: DbClient,
  { email, address }: { email: string; address: string },
  now = new Date(),
): Promise<OutgoingMail | null> {
  if (!(await allowMail(db, { email, address }, now))) return null;
  return {
    to: email,
    ...signUpAttemptMail({ signIn: siteLink("/sign-in"), reset: siteLink("/forgot-password") }),
  };
}

/** Notices of changes the owner should hear about even if they made them; not rate-limited. */
export function passwordChangedNotice(
  email: string,
  how: "changed" | "reset",
  now = new Date(),
): OutgoingMail {
  return {
    to: email,
    ...passwordChangedMail({
      when: `${formatDateTime(now)} UTC`,
      how,
      resetLink: siteLink("/forgot-password"),
    }),
  };
}

export function twoFactorDisabledNotice(email: string, now = new Date()): OutgoingMail {
  return {
    to: email,
    ...twoFactorDisabledMail({ when: `${formatDateTime(now)} UTC`, resetLink: siteLink("/forgot-password") }),
  };
}
