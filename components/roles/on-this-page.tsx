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
      {/* The jump-links utility (app/globals.css) makes each link at least 24 px tall. */}
      <ul className="jump-links">
        {sections.map((section) => (
          <li key={section.id}>
            <a className="link" href={`#${section.id}`}>
              {section.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
