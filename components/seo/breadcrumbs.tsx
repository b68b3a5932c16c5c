import { site } from "@/lib/site";
import { Link } from "@/components/ui/link";

import { JsonLd } from "./json-ld";

/**
 * The trail back from a page (all crumbs but the last are links), and the same trail as
 * BreadcrumbList JSON-LD, with the site's home first.
 */
export function Breadcrumbs({ trail }: { trail: { name: string; path: string }[] }) {
  const items = [{ name: site.name, path: "/" }, ...trail];
  return (
    <>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "BreadcrumbList",
          itemListElement: items.map((item, index) => ({
            "@type": "ListItem",
            position: index + 1,
            name: item.name,
            item: item.path,
          })),
        }}
      />
      <nav aria-label="Breadcrumb" className="text-sm text-muted-foreground">
        {trail.map((item, index) =>
          index < trail.length - 1 ? (
            <span key={item.path}>
              <Link className="link" href={item.path}>
                {item.name}
              </Link>{" "}
              /{" "}
            </span>
          ) : (
            <span key={item.path}>{item.name}</span>
          ),
        )}
      </nav>
    </>
  );
}
