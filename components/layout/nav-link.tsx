"use client";

import { usePathname } from "next/navigation";

import { cn } from "@/lib/utils/cn";
import { Link } from "@/components/ui/link";

import type { ComponentProps } from "react";

type NavLinkProps = ComponentProps<typeof Link> & {
  /** Only the exact path counts as current; by default a sub-page (/roles/x) marks /roles. */
  exact?: boolean;
};

/** A header navigation link that marks the current section with aria-current="page". */
export function NavLink({ href, exact = false, className, ...props }: NavLinkProps) {
  const pathname = usePathname();
  const target = typeof href === "string" ? href : (href.pathname ?? "");
  const isCurrent =
    target !== "" && (exact ? pathname === target : pathname === target || pathname.startsWith(`${target}/`));

  return (
    <Link
      href={href}
      aria-current={isCurrent ? "page" : undefined}
      data-slot="nav-link"
      className={cn(
        "inline-flex h-9 items-center rounded-md px-3 text-sm font-medium text-muted-foreground transition-colors hover:bg-muted hover:text-foreground",
        "aria-[current=page]:bg-accent aria-[current=page]:text-accent-foreground",
        "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
        className,
      )}
      {...props}
    />
  );
}
