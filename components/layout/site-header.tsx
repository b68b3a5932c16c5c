import { site } from "@/lib/site";
import { AccountNav } from "@/components/layout/account-nav";
import { NavLink } from "@/components/layout/nav-link";
import { ThemeToggle } from "@/components/layout/theme-toggle";
import { Link } from "@/components/ui/link";

const navItems = [
  { href: "/roles", label: "Roles" },
  { href: "/compare", label: "Compare" },
  { href: "/questions", label: "Questions" },
  { href: "/practice", label: "Practice" },
] as const;

/*
 * One row from 640px up. Below that the nav wraps onto a second, full-width row (CSS only: no
 * menu button, nothing to open), which fits three short links at 360px.
 */
export function SiteHeader() {
  return (
    <header className="border-b bg-background print:hidden">
      <div className="container-page flex flex-wrap items-center gap-x-6 gap-y-1 py-2.5 sm:py-3">
        <Link
          href="/"
          className="-mx-1 inline-flex items-center gap-2 rounded-md px-1 py-1 font-semibold tracking-tight text-foreground"
        >
          <LogoMark />
          {/* Below 400px the mark alone, so the logo, theme and account links keep to one row. */}
          <span className="max-[25rem]:sr-only">{site.name}</span>
        </Link>

        <nav
          aria-label="Main"
          className="order-last -mx-3 w-[calc(100%+1.5rem)] sm:order-none sm:mx-0 sm:w-auto"
        >
          <ul className="flex items-center gap-1">
            {/* Flex items: a link half-read from a page that arrives in pieces is empty, and empty
                in a line box it sat on the baseline with the line's descent below it, 8 px taller,
                moving the row when its text came (a layout shift). */}
            {navItems.map((item) => (
              <li key={item.href} className="flex">
                <NavLink href={item.href}>{item.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>

        {/*
          Invisible until its account links have been read: a page that arrives in pieces (a slow
          network, a busy machine) can be painted between the theme button and the links, and the
          links would then push the button aside (a layout shift; e2e/progressive-render.spec.ts).
        */}
        <div className="ml-auto flex items-center gap-2 not-has-[[data-slot=account-nav-end]]:invisible">
          <ThemeToggle />
          <AccountNav />
        </div>
      </div>
    </header>
  );
}

/** The mark from app/icon.svg (a step down a loss curve to its minimum), in the theme's colours. */
function LogoMark() {
  return (
    <svg aria-hidden="true" viewBox="0 0 32 32" className="size-7 shrink-0">
      <rect width="32" height="32" rx="8" className="fill-primary" />
      <path
        d="M6.5 9c3 9 7 12.5 9.5 12.5S22.5 18 25.5 9"
        fill="none"
        strokeOpacity="0.55"
        strokeWidth="2"
        strokeLinecap="round"
        className="stroke-primary-foreground"
      />
      <circle cx="8.6" cy="13.6" r="1.8" className="fill-primary-foreground" />
      <circle cx="16" cy="21.5" r="3" className="fill-primary-foreground" />
    </svg>
  );
}
