import { cn } from "@/lib/utils/cn";

import type { ComponentProps } from "react";

export function Card({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      data-slot="card"
      className={cn(
        "flex flex-col gap-5 rounded-xl border bg-card py-6 text-card-foreground shadow-xs",
        className,
      )}
      {...props}
    />
  );
}

export function CardHeader({ className, ...props }: ComponentProps<"div">) {
  return <div data-slot="card-header" className={cn("grid gap-1.5 px-6", className)} {...props} />;
}

type CardTitleProps = ComponentProps<"h3"> & {
  /** The heading level that fits the page outline; h3 by default (cards usually sit under an h2). */
  as?: "h2" | "h3" | "h4" | "p";
};

export function CardTitle({ as: Component = "h3", className, ...props }: CardTitleProps) {
  return (
    <Component
      data-slot="card-title"
      className={cn("text-subheading text-card-foreground", className)}
      {...props}
    />
  );
}

export function CardDescription({ className, ...props }: ComponentProps<"p">) {
  return (
    <p data-slot="card-description" className={cn("text-sm text-muted-foreground", className)} {...props} />
  );
}

export function CardContent({ className, ...props }: ComponentProps<"div">) {
  return <div data-slot="card-content" className={cn("px-6", className)} {...props} />;
}

export function CardFooter({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      data-slot="card-footer"
      className={cn("mt-auto flex items-center gap-3 px-6", className)}
      {...props}
    />
  );
}
