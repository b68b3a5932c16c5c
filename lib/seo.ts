import type { Metadata } from "next";

import { site } from "@/lib/site";

// Every public page's metadata: title, description, a canonical URL and Open Graph tags, made the
// same way. Relative URLs resolve against metadataBase (SITE_URL) in app/layout.tsx.

export function pageMetadata({
  title,
  description,
  path,
}: {
  title: string;
  description: string;
  path: string;
}): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { title, description, url: path, siteName: site.name, type: "website", locale: "en_US" },
    twitter: { card: "summary", title, description },
  };
}
