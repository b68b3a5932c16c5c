/**
 * Routes the site's navigation already links to but later issues build (roles and comparisons:
 * issue 3; questions: 4; sign-in: 5; methodology: 7). Link prefetches to them 404 until then.
 * Remove each entry in the change that builds its page.
 */
export const PENDING_ROUTES = ["/roles", "/compare", "/questions", "/sign-in", "/methodology"];

export function isPendingRoute(pathname: string): boolean {
  return PENDING_ROUTES.some((route) => pathname === route || pathname.startsWith(`${route}/`));
}
