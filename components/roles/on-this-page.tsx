import { cn } from "@/lib/utils/cn";

/** One entry of an "On this page" list: the id of a section's heading and a short label for it. */
export interface PageSection {
  id: string;
  label: string;
}

/**
 * A short list of jump links to the sections of a long page (issue 17: a comparison runs to some
 * 14,800 px at 360 px wide), shown near the top. Plain fragment links: they work without
 * JavaScript, and the browser moves the focus starting point to the heading it jumps to.
 */
export function OnThisPage({ sections, className }: { sections: PageSection[]; className?: string }) {
  if (sections.length < 2) return null;
  return (
    <nav aria-labelledby="on-this-page" className={cn("mt-6 rounded-lg border p-4", className)}>
      <h2 id="on-this-page" className="text-sm font-semibold">
        On this page
      </h2>
      <ul className="mt-2 grid gap-x-6 gap-y-1 text-sm min-[22rem]:grid-cols-2 md:grid-cols-3 lg:grid-cols-4">
        {sections.map((section) => (
          <li key={section.id}>
            {/* At least 24 px tall: a list of links is no run of text, so it needs the target size. */}
            <a className="inline-flex min-h-6 items-center link" href={`#${section.id}`}>
              {section.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
