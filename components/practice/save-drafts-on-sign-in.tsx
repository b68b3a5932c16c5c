"use client";

import { useEffect, useState } from "react";

import { usePathname, useRouter } from "next/navigation";

import { browserTimeZone, progressApi } from "@/lib/progress/client-api";
import { draftSlugs, saveDraftToAccount } from "@/lib/progress/drafts";
import { Button } from "@/components/ui/button";

/**
 * Right after sign-in, on whatever page it lands: saves every grade, note and bookmark a visitor
 * left in this browser (lib/progress/drafts.ts), says so, and refreshes the page so a dashboard
 * rendered a moment earlier shows them (issue 17). The question page in view saves its own draft
 * (useSavedDrafts), so its controls can show what was restored.
 */
export function SaveDraftsOnSignIn() {
  const pathname = usePathname();
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    const own = pathname.startsWith("/questions/")
      ? decodeURIComponent(pathname.slice("/questions/".length))
      : null;
    const slugs = draftSlugs().filter((slug) => slug !== own);
    if (slugs.length === 0) return;
    let cancelled = false;
    void (async () => {
      let saved = 0;
      for (const slug of slugs) {
        const result = await saveDraftToAccount(slug, progressApi, browserTimeZone());
        if (result && result.saved.length > 0) saved += 1;
      }
      if (cancelled || saved === 0) return;
      setMessage(
        `Saved what you did before signing in, on ${saved} question${saved === 1 ? "" : "s"}, to your account.`,
      );
      router.refresh();
    })();
    return () => {
      cancelled = true;
    };
    // Once per page: a navigation runs it again only if something is still kept (a failed save).
  }, [pathname, router]);

  return (
    <div
      role="status"
      aria-live="polite"
      className="pointer-events-none fixed inset-x-3 bottom-3 z-50 flex justify-center sm:inset-x-auto sm:right-4"
    >
      {message ? (
        <div className="pointer-events-auto flex max-w-md items-center gap-3 rounded-lg border bg-card p-3 text-sm shadow-lg">
          <p>{message}</p>
          <Button size="sm" variant="outline" onClick={() => setMessage(null)}>
            Dismiss
          </Button>
        </div>
      ) : null}
    </div>
  );
}
