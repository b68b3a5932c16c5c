import type { RoleRef } from "@/lib/roles/types";
import { Link } from "@/components/ui/link";

/**
 * Starts a practice session on one skill (issue 17). The practice page reads `?skill=`; it sends a
 * signed-out visitor to sign in and back. To browse the skill's questions instead, link to
 * skillQuestionsPath.
 */
export function practisePath(skillSlug: string): string {
  return `/practice?skill=${encodeURIComponent(skillSlug)}`;
}

/**
 * Starts a practice session for a role (issue 17). The practice page reads `?role=`: it makes the
 * role the target of a signed-in visitor who has none, and sends a signed-out visitor to sign in.
 */
export function rolePractisePath(roleSlug: string): string {
  return `/practice?role=${encodeURIComponent(roleSlug)}`;
}

/** "Practise SQL": a link that starts a practice session on the skill. */
export function PractiseLink({ skill, children }: { skill: RoleRef; children?: React.ReactNode }) {
  return (
    <Link className="link" href={practisePath(skill.slug)}>
      {children ?? `Practise ${skill.name}`}
    </Link>
  );
}
