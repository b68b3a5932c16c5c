import Link from "next/link";

import type { RoleRef } from "@/lib/roles/types";

export function practisePath(skillSlug: string): string {
  return `/questions?skill=${encodeURIComponent(skillSlug)}`;
}

/** A link into the question bank, filtered to one skill. */
export function PractiseLink({ skill, children }: { skill: RoleRef; children?: React.ReactNode }) {
  return (
    <Link className="link" href={practisePath(skill.slug)}>
      {children ?? `Practise ${skill.name}`}
    </Link>
  );
}
