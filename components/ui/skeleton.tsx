import { cn } from "@/lib/utils/cn";

import type { ComponentProps } from "react";

/**
 * A placeholder block for loading.tsx. It is hidden from assistive technology: the loading
 * view should also carry a visually hidden <p role="status">Loading …</p>.
 */
export function Skeleton({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      data-slot="skeleton"
      aria-hidden="true"
      className={cn("animate-pulse rounded-md bg-muted motion-reduce:animate-none", className)}
      {...props}
    />
  );
}
