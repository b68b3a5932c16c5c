import { env } from "@/lib/env";
import { site } from "@/lib/site";
import { HydrateWhenIdle } from "@/components/layout/hydrate-when-idle";
import { NewOnEachPage } from "@/components/layout/new-on-each-page";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { ThemeInit } from "@/components/layout/theme-init";

import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";

import { geistSans } from "./fonts";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  title: {
    default: `${site.name}: Data Scientist and ML Engineer interview prep`,
    template: `%s · ${site.name}`,
  },
  description: site.description,
  applicationName: site.name,
  openGraph: {
    type: "website",
    siteName: site.name,
    title: site.name,
    description: site.description,
  },
};

export const viewport: Viewport = {
  colorScheme: "light dark",
  // The --background of each palette in app/globals.css.
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f9fafc" },
    { media: "(prefers-color-scheme: dark)", color: "#0d0f15" },
  ],
};

export default function RootLayout({ children }: Readonly<{ children: ReactNode }>) {
  return (
    // suppressHydrationWarning: the theme script sets data-theme on <html> before React loads.
    <html lang="en" suppressHydrationWarning className={geistSans.variable}>
      <head>
        <ThemeInit />
      </head>
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only rounded-md bg-primary px-4 py-2 text-sm font-medium text-primary-foreground focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
        >
          Skip to content
        </a>
        {/* Hydrated in React's first pass: a signed-in visitor's links replace "Sign in" right after it. */}
        <SiteHeader />
        <main id="main" tabIndex={-1} className="flex-1">
          {children}
        </main>
        <NewOnEachPage>
          <HydrateWhenIdle>
            <SiteFooter />
          </HydrateWhenIdle>
        </NewOnEachPage>
      </body>
    </html>
  );
}
