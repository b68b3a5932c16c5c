"use client";

import { startTransition, useEffect, useState } from "react";

import { signInPath } from "@/lib/accounts/return-path";
import { progressApi, type QuestionProgressView } from "@/lib/progress/client-api";
import { Link } from "@/components/ui/link";

import { PracticeControls } from "./practice-controls";

type Loaded = { signedIn: false } | { signedIn: true; progress: QuestionProgressView };

/**
 * The practice panel of a (prerendered) question page: it asks the server who is signed in and what
 * they have done with this question, then shows the controls. Until then they show as signed out,
 * which works too: anything entered waits in the browser.
 */
export function QuestionPracticePanel({
  questionSlug,
  answerId,
}: {
  questionSlug: string;
  answerId: string;
}) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let cancelled = false;
    // Always asked, even without the signed-in hint: right after signing in (an action that
    // redirects here) the hint is not set yet, and a visitor's saved draft must still be restored.
    void progressApi.progress(questionSlug).then((result) => {
      // A transition: React renders the controls in slices that yield to the browser, rather than in
      // one task (up to about 45 ms on the development machine, four times that on the phone
      // Lighthouse simulates, all of it blocking time; issue 18).
      if (!cancelled) startTransition(() => setLoaded(result.ok ? result.data : { signedIn: false }));
    });
    return () => {
      cancelled = true;
    };
  }, [questionSlug]);

  const signedIn = loaded?.signedIn === true;
  return (
    <div className="grid gap-4">
      {loaded && !signedIn ? (
        <p className="text-sm">
          <Link className="link font-medium" href={signInPath(`/questions/${questionSlug}`)}>
            Sign in
          </Link>{" "}
          to record your grades and have reviews scheduled for you. You can try everything now: what you enter
          is kept in this browser and saved when you sign in.
        </p>
      ) : null}
      {loaded ? (
        <PracticeControls
          key={signedIn ? "signed-in" : "signed-out"}
          questionSlug={questionSlug}
          answerId={answerId}
          signedIn={signedIn}
          initial={loaded.signedIn ? loaded.progress : null}
        />
      ) : (
        <p className="text-sm text-muted-foreground" aria-busy="true">
          Loading your progress…
        </p>
      )}
    </div>
  );
}
