import "server-only";

import type { DbClient } from "@/lib/db-client";

// A user's own profile: reads and writes always keyed by the session's user id.

export interface Profile {
  name: string | null;
  email: string | null;
  hasPassword: boolean;
  emailVerified: boolean;
  currentRoleSlug: string | null;
  targetRoleSlug: string | null;
  providers: string[];
  createdAt: Date;
}

export async function getProfile(db: DbClient, userId: string): Promise<Profile | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      name: true,
      email: true,
      passwordHash: true,
      emailVerified: true,
      createdAt: true,
      currentRole: { select: { slug: true } },
      targetRole: { select: { slug: true } },
      accounts: { select: { provider: true } },
    },
  });
  if (!user) return null;
  return {
    name: user.name,
    email: user.email,
    hasPassword: user.passwordHash !== null,
    emailVerified: user.emailVerified !== null,
    currentRoleSlug: user.currentRole?.slug ?? null,
    targetRoleSlug: user.targetRole?.slug ?? null,
    providers: user.accounts.map((account) => account.provider),
    createdAt: user.createdAt,
  };
}

export type UpdateProfileResult = { ok: true } | { ok: false; field: "currentRole" | "targetRole" };

export async function updateProfile(
  db: DbClient,
  userId: string,
  /** `name` left out keeps the current one (onboarding sets roles only). */
  input: { name?: string | null; currentRole: string | null; targetRole: string | null },
): Promise<UpdateProfileResult> {
  const slugs = [input.currentRole, input.targetRole].filter((slug): slug is string => slug !== null);
  const roles = await db.role.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  const idOf = (slug: string | null) => (slug === null ? null : roles.find((role) => role.slug === slug)?.id);
  const currentRoleId = idOf(input.currentRole);
  const targetRoleId = idOf(input.targetRole);
  if (currentRoleId === undefined) return { ok: false, field: "currentRole" };
  if (targetRoleId === undefined) return { ok: false, field: "targetRole" };
  await db.user.update({ where: { id: userId }, data: { name: input.name, currentRoleId, targetRoleId } });
  return { ok: true };
}

/** Removes the user and, by cascade, every row of theirs (attempts, schedules, notes, bookmarks…). */
export async function deleteAccount(db: DbClient, userId: string): Promise<void> {
  await db.user.deleteMany({ where: { id: userId } });
}
