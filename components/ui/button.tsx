import { cn } from "@/lib/utils/cn";
import { Link } from "@/components/ui/link";

import type { ComponentProps } from "react";

// The `button` utility (app/globals.css): focus ring, disabled look, icon sizing.
const base = "button";

// Colours only: a variant never sets what a size sets, so the two join without conflicts.
const variants = {
  default: "bg-primary text-primary-foreground shadow-xs hover:bg-primary/90",
  secondary: "bg-accent text-accent-foreground hover:bg-accent/80",
  outline: "border border-input bg-card text-foreground shadow-xs hover:bg-muted",
  ghost: "text-foreground hover:bg-muted",
  destructive: "bg-destructive text-destructive-foreground shadow-xs hover:bg-destructive/90",
} as const;

const sizes = {
  sm: "h-8 gap-1.5 rounded-md px-3 text-sm whitespace-nowrap",
  md: "h-10 gap-2 rounded-md px-4 text-sm whitespace-nowrap",
  lg: "h-11 gap-2 rounded-md px-6 text-base whitespace-nowrap",
  icon: "size-10 gap-2 rounded-md whitespace-nowrap",
  /** As tall as `md` at least, with a label that may wrap onto a second line on a narrow screen. */
  wrap: "min-h-10 gap-2 rounded-md px-4 py-2 text-center text-sm",
} as const;

/** Text that looks like a link but acts as a button: no box, so no size. */
const linkLook =
  "gap-2 rounded-sm text-sm whitespace-nowrap text-link underline decoration-link/45 underline-offset-4 hover:decoration-current";

export type ButtonVariant = keyof typeof variants | "link";
export type ButtonSize = keyof typeof sizes;

export type ButtonVariantProps = {
  variant?: ButtonVariant;
  /** Ignored by the `link` variant. */
  size?: ButtonSize;
};

/** The classes of a button; use it to style something that is not a <Button> or <ButtonLink>. */
export function buttonVariants({
  variant = "default",
  size = "md",
  className,
}: ButtonVariantProps & { className?: string } = {}): string {
  return cn(base, variant === "link" ? linkLook : [sizes[size], variants[variant]], className);
}

export type ButtonProps = ComponentProps<"button"> & ButtonVariantProps;

/** A <button>. It defaults to type="button": pass type="submit" to submit a form. */
export function Button({ className, variant, size, type = "button", ...props }: ButtonProps) {
  return (
    <button
      data-slot="button"
      data-variant={variant ?? "default"}
      type={type}
      className={buttonVariants({ variant, size, className })}
      {...props}
    />
  );
}

export type ButtonLinkProps = ComponentProps<typeof Link> & ButtonVariantProps;

/** A Next.js <Link> that looks like a button: for navigation, never for actions. */
export function ButtonLink({ className, variant, size, ...props }: ButtonLinkProps) {
  return (
    <Link
      data-slot="button"
      data-variant={variant ?? "default"}
      className={buttonVariants({ variant, size, className })}
      {...props}
    />
  );
}
