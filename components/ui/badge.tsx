import { cn } from "@/lib/utils/cn";

import type { ComponentProps } from "react";

// The shared shape is the `badge` utility (app/globals.css): one short class, since question lists
// and comparisons repeat badges dozens of times and each class is sent twice (issue 18).
const base = "badge";

const variants = {
  default: "border-transparent bg-primary text-primary-foreground",
  secondary: "border-transparent bg-muted text-foreground",
  outline: "border-border text-foreground",
  accent: "border-transparent bg-accent text-accent-foreground",
  success: "border-success/30 bg-success/10 text-success",
  warning: "border-warning/30 bg-warning/10 text-warning",
  destructive: "border-destructive/30 bg-destructive/10 text-destructive",
} as const;

export type BadgeVariant = keyof typeof variants;

export function badgeVariants({
  variant = "default",
  className,
}: { variant?: BadgeVariant; className?: string } = {}): string {
  return cn(base, variants[variant], className);
}

type BadgeProps = ComponentProps<"span"> & { variant?: BadgeVariant };

export function Badge({ className, variant, ...props }: BadgeProps) {
  return (
    <span
      data-slot="badge"
      data-variant={variant ?? "default"}
      className={badgeVariants({ variant, className })}
      {...props}
    />
  );
}
