import type { RoleRef } from "@/lib/roles/types";

/** The question bank filtered to one skill: to browse its questions rather than start a session. */
export function skillQuestionsPath(skillSlug: string): string {
  return `/questions?skill=${encodeURIComponent(skillSlug)}`;
}

/**
 * A skill's name linking to its questions (a "Practise …" link starts a session instead). A plain
 * <a>, not next/link (issue 18): the role and comparison pages list dozens of these, and next/link
 * would add a client reference for each to the page's RSC payload and prefetch every one that
 * scrolls into view. A full navigation to the question list is fine.
 */
export function SkillQuestionsLink({ skill, children }: { skill: RoleRef; children?: React.ReactNode }) {
  return (
    <a className="link" href={skillQuestionsPath(skill.slug)}>
      {children ?? skill.name}
    </a>
  );
}
