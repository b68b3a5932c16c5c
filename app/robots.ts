import type { MetadataRoute } from "next";

import { env } from "@/lib/env";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/compare/go"] },
    sitemap: new URL("/sitemap.xml", env.SITE_URL).toString(),
  };
}
