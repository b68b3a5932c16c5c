/**
 * Routes the site's navigation already links to but later issues build (practice and dashboard:
 * issue 6; plan and methodology: issue 7). Link prefetches to them 404 until then. Remove each
 * entry in the change that builds its page.
 */
export const PENDING_ROUTES = ["/methodology", "/practice", "/dashboard", "/plan"];

export function isPendingRoute(pathname: string): boolean {
  return PENDING_ROUTES.some((route) => pathname === route || pathname.startsWith(`${route}/`));
}
