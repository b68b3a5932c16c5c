"use client";

import { useEffect, useState } from "react";

import type { WorkedExampleRow } from "@/lib/recommendations/worked-example";
import { signInPath } from "@/lib/accounts/return-path";
import { Link } from "@/components/ui/link";

import { WorkedExample } from "./worked-example";

interface OwnPlan {
  roleName: string;
  source: string;
  rows: WorkedExampleRow[];
  readiness: number;
}

type Loaded = { signedIn: false } | { signedIn: true; plan: OwnPlan | null };

/** On /methodology: the worked example again with the signed-in visitor's own numbers. */
export function OwnWorkedExample() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let cancelled = false;
    fetch("/api/plan")
      .then((response) => (response.ok ? (response.json() as Promise<Loaded>) : null))
      .then((data) => {
        if (!cancelled && data) setLoaded(data);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, []);

  if (!loaded?.signedIn) {
    return (
      <p className="mt-6">
        <Link className="link" href={signInPath("/methodology#your-numbers")}>
          Sign in
        </Link>{" "}
        to see this worked out with your own numbers.
      </p>
    );
  }
  if (!loaded.plan) {
    return (
      <p className="mt-6">
        Your own numbers appear here once you have{" "}
        <Link className="link" href="/onboarding">
          chosen a target role
        </Link>
        .
      </p>
    );
  }
  return (
    <section aria-labelledby="your-numbers" className="mt-10 rounded-xl border bg-card p-5">
      <h3 id="your-numbers" className="text-subheading">
        With your numbers
      </h3>
      <p className="mt-2 text-sm text-muted-foreground">
        Your masteries and {loaded.plan.roleName} demand ({loaded.plan.source}), as on{" "}
        <Link className="link" href="/plan">
          your plan
        </Link>
        .
      </p>
      <div className="mt-4">
        <WorkedExample
          roleName={loaded.plan.roleName}
          rows={loaded.plan.rows}
          readiness={loaded.plan.readiness}
          headingLevel={4}
        />
      </div>
    </section>
  );
}
