import { cn } from "@/lib/utils/cn";
import { Link } from "@/components/ui/link";

import type { ComponentProps } from "react";

const base =
  "inline-flex shrink-0 cursor-pointer items-center justify-center gap-2 rounded-md font-medium whitespace-nowrap transition-colors select-none focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring disabled:pointer-events-none disabled:opacity-50 aria-disabled:pointer-events-none aria-disabled:opacity-50 [&_svg]:pointer-events-none [&_svg]:shrink-0 [&_svg:not([class*='size-'])]:size-4";

const variants = {
  default: "bg-primary text-primary-foreground shadow-xs hover:bg-primary/90",
  secondary: "bg-accent text-accent-foreground hover:bg-accent/80",
  outline: "border border-input bg-card text-foreground shadow-xs hover:bg-muted",
  ghost: "text-foreground hover:bg-muted",
  destructive: "bg-destructive text-destructive-foreground shadow-xs hover:bg-destructive/90",
  link: "h-auto rounded-sm px-0 py-0 text-link underline decoration-link/45 underline-offset-4 hover:decoration-current",
} as const;

const sizes = {
  sm: "h-8 gap-1.5 px-3 text-sm",
  md: "h-10 px-4 text-sm",
  lg: "h-11 px-6 text-base",
  icon: "size-10",
} as const;

export type ButtonVariant = keyof typeof variants;
export type ButtonSize = keyof typeof sizes;

export type ButtonVariantProps = {
  variant?: ButtonVariant;
  size?: ButtonSize;
};

/** The classes of a button; use it to style something that is not a <Button> or <ButtonLink>. */
export function buttonVariants({
  variant = "default",
  size = "md",
  className,
}: ButtonVariantProps & { className?: string } = {}): string {
  // Variant after size, so `link` can drop the size's height and padding.
  return cn(base, sizes[size], variants[variant], className);
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
