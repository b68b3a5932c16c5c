import "server-only";

import type { DbClient } from "@/lib/db-client";

export interface SiteCounts {
  roles: number;
  skills: number;
  questions: number;
  snapshots: number;
}

/** What the home page says the app holds; read at build time, like the content it counts. */
export async function getSiteCounts(db: DbClient): Promise<SiteCounts> {
  const [roles, skills, questions, snapshots] = await Promise.all([
    db.role.count(),
    db.skill.count(),
    db.question.count({ where: { retiredAt: null } }),
    db.marketSnapshot.count(),
  ]);
  return { roles, skills, questions, snapshots };
}
