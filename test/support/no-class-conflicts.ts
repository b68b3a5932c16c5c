import { vi } from "vitest";

import type * as ClassNames from "@/lib/utils/cn";

// cn() joins classes and never merges them (lib/utils/cn.ts): in every unit test, a call whose
// classes set the same thing twice (p-4 and p-5, flex and hidden) fails the test that made it.
// tailwind-merge, a development dependency only, is what knows which Tailwind classes conflict.
vi.mock("@/lib/utils/cn", async (importOriginal) => {
  const { cn } = await importOriginal<typeof ClassNames>();
  const { extendTailwindMerge } = await import("tailwind-merge");
  // The named text sizes of app/globals.css, or tailwind-merge would read `text-title` as a colour.
  const merge = extendTailwindMerge({
    extend: { theme: { text: ["display", "title", "heading", "subheading", "lead"] } },
  });
  const classesOf = (value: string) => value.split(/\s+/).filter(Boolean);
  return {
    cn: (...inputs: Parameters<typeof cn>) => {
      const joined = cn(...inputs);
      const kept = new Set(classesOf(merge(joined)));
      const dropped = classesOf(joined).filter((name) => !kept.has(name));
      if (dropped.length > 0) {
        throw new Error(
          `cn("${joined}"): ${dropped.join(", ")} conflict with a later class; give the component a prop instead of overriding its classes.`,
        );
      }
      return joined;
    },
  };
});
