/**
 * Routes the site's navigation already links to but a later issue builds: link prefetches to them
 * 404 until then. Remove each entry in the change that builds its page. None are pending now.
 */
export const PENDING_ROUTES: string[] = [];

export function isPendingRoute(pathname: string): boolean {
  return PENDING_ROUTES.some((route) => pathname === route || pathname.startsWith(`${route}/`));
}
