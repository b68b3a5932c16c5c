import { cn } from "@/lib/utils/cn";

import type { ComponentProps } from "react";

type SelectProps = ComponentProps<"select"> & {
  /** Classes for the wrapper; it is full width by default, e.g. pass "w-fit" or "w-48". */
  wrapperClassName?: string;
};

/**
 * A native <select> (keyboard, screen-reader and mobile behaviour for free) with the house
 * styling. Pass <option>s as children. aria-invalid turns the border destructive.
 */
export function Select({ className, wrapperClassName, ...props }: SelectProps) {
  return (
    <div
      data-slot="select-wrapper"
      className={cn("relative w-full has-[select:disabled]:opacity-50", wrapperClassName)}
    >
      <select
        data-slot="select"
        className={cn(
          "h-10 w-full min-w-0 cursor-pointer appearance-none rounded-md border border-input bg-card py-2 pr-9 pl-3 text-base text-foreground shadow-xs transition-colors sm:text-sm",
          "focus-visible:border-ring focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-ring",
          "aria-invalid:border-destructive aria-invalid:focus-visible:outline-destructive",
          "disabled:cursor-not-allowed",
          className,
        )}
        {...props}
      />
      <svg
        aria-hidden="true"
        viewBox="0 0 16 16"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.75"
        strokeLinecap="round"
        strokeLinejoin="round"
        className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-muted-foreground"
      >
        <path d="m4 6 4 4 4-4" />
      </svg>
    </div>
  );
}
