import { comparePath, pairSlug } from "./pairs";
import type { RoleRef } from "./types";

// Which pairs of roles the role picker may offer (issue 17). A comparison needs two different
// roles that one job-postings analysis covers together (lib/roles/queries.ts, listComparisons);
// any other pair has nothing to show. Pure, so the picker (in the browser) and /compare/go (on
// the server, without JavaScript) apply the same rule.

/** Why two picked roles cannot be compared. */
export type PickProblem = "same-role" | "no-shared-source";

/** Ids of the messages on /compare that /compare/go links to when it refuses a pick. */
export const PICK_MESSAGE_ID = {
  "same-role": "pick-same-role",
  "no-shared-source": "pick-no-shared-source",
} as const satisfies Record<PickProblem, string>;

/** What an option in a picker select says after the role's name, and whether it can be chosen. */
export interface PickerOption extends RoleRef {
  disabled: boolean;
  note: string | null;
}

export function pickProblem(a: string, b: string, covered: ReadonlySet<string>): PickProblem | null {
  if (a === b) return "same-role";
  return covered.has(pairSlug(a, b)) ? null : "no-shared-source";
}

/** Whether any source compares the role with another. */
function hasComparison(slug: string, roles: RoleRef[], covered: ReadonlySet<string>): boolean {
  return roles.some((other) => pickProblem(slug, other.slug, covered) === null);
}

/** The first select: every role, and one that no source compares with any other marked and disabled. */
export function firstRoleOptions(roles: RoleRef[], covered: ReadonlySet<string>): PickerOption[] {
  return roles.map((role) =>
    hasComparison(role.slug, roles, covered)
      ? { ...role, disabled: false, note: null }
      : { ...role, disabled: true, note: "no comparison yet" },
  );
}

/**
 * The second select once a first role is chosen: the first role itself and the roles no source
 * covers together with it are marked and cannot be chosen. With no first role, all are open.
 */
export function secondRoleOptions(
  roles: RoleRef[],
  covered: ReadonlySet<string>,
  first: string,
): PickerOption[] {
  const known = roles.some((role) => role.slug === first);
  return roles.map((role) => {
    if (!known) return { ...role, disabled: false, note: null };
    const problem = pickProblem(first, role.slug, covered);
    if (problem === "same-role") return { ...role, disabled: true, note: "same as first role" };
    if (problem === "no-shared-source") return { ...role, disabled: true, note: "no shared source" };
    return { ...role, disabled: false, note: null };
  });
}

/** An option's visible text: "Data Analyst (no shared source)". */
export function optionLabel(option: PickerOption): string {
  return option.note ? `${option.name} (${option.note})` : option.name;
}

/**
 * Why the second role was cleared when the first one changed under it, for the picker's status
 * line; null when the pair still stands (or either role is missing).
 */
export function clearedSecondMessage(
  roles: RoleRef[],
  covered: ReadonlySet<string>,
  first: string,
  second: string,
): string | null {
  const a = roles.find((role) => role.slug === first);
  const b = roles.find((role) => role.slug === second);
  if (!a || !b) return null;
  switch (pickProblem(a.slug, b.slug, covered)) {
    case null:
      return null;
    case "same-role":
      return `Second role cleared: it was ${b.name}, the same as the first role. Choose a different second role.`;
    case "no-shared-source":
      return `Second role cleared: no source we hold covers both ${a.name} and ${b.name}. Choose one of the roles not marked “no shared source”.`;
  }
}

/**
 * Where /compare/go sends a submitted pick. A pair a source covers goes to its comparison; the
 * same role twice or a pair no source covers goes back to the picker, to the message that says
 * why; a missing choice goes back to the picker; an unknown role goes to the comparison address,
 * whose 404 lists the roles we have.
 */
export function pickDestination(
  pick: { a: string; b: string } | null,
  roles: RoleRef[],
  covered: ReadonlySet<string>,
): string {
  if (!pick) return "/compare#picker";
  const known = (slug: string) => roles.some((role) => role.slug === slug);
  if (!known(pick.a) || !known(pick.b)) return comparePath(pick.a, pick.b);
  const problem = pickProblem(pick.a, pick.b, covered);
  return problem ? `/compare#${PICK_MESSAGE_ID[problem]}` : comparePath(pick.a, pick.b);
}
