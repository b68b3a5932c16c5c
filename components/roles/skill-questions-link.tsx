import Link from "next/link";

import type { RoleRef } from "@/lib/roles/types";

/** The question bank filtered to one skill: to browse its questions rather than start a session. */
export function skillQuestionsPath(skillSlug: string): string {
  return `/questions?skill=${encodeURIComponent(skillSlug)}`;
}

/** A skill's name linking to its questions (a "Practise …" link starts a session instead). */
export function SkillQuestionsLink({ skill, children }: { skill: RoleRef; children?: React.ReactNode }) {
  return (
    <Link className="link" href={skillQuestionsPath(skill.slug)}>
      {children ?? skill.name}
    </Link>
  );
}
