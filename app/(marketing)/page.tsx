import { getSiteCounts } from "@/lib/site-counts";
import { site } from "@/lib/site";
import { db } from "@/lib/db";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardContent, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { HydrateWhenIdle } from "@/components/layout/hydrate-when-idle";
import { HomeStats } from "@/components/marketing/home-stats";
import { Link } from "@/components/ui/link";

import type { ReactNode } from "react";

const FEATURED_COMPARISON = "/compare/data-scientist-vs-machine-learning-engineer";

type Feature = {
  title: string;
  body: string;
  href: string;
  linkLabel: string;
  icon: ReactNode;
};

const iconProps = {
  "aria-hidden": true,
  viewBox: "0 0 24 24",
  fill: "none",
  stroke: "currentColor",
  strokeWidth: 1.75,
  strokeLinecap: "round",
  strokeLinejoin: "round",
  className: "size-5",
} as const;

const features: readonly Feature[] = [
  {
    title: "Sourced market figures",
    body: "Pay, postings and skill demand come from published market analyses. Every number shows who published it and the month it describes, so you can judge it for yourself.",
    href: "/roles",
    linkLabel: "Explore the roles",
    icon: (
      <svg {...iconProps}>
        <path d="M3 3v18h18" />
        <path d="M7 16v-4M12 16V8M17 16v-7" />
      </svg>
    ),
  },
  {
    title: "Adaptive practice",
    body: "Spaced review brings a question back just before you would forget it, weighted by how often your target role asks for each skill.",
    href: "/questions",
    linkLabel: "Browse the question bank",
    icon: (
      <svg {...iconProps}>
        <path d="M3 12a9 9 0 0 1 15.5-6.2L21 8" />
        <path d="M21 3v5h-5" />
        <path d="M21 12a9 9 0 0 1-15.5 6.2L3 16" />
        <path d="M3 21v-5h5" />
      </svg>
    ),
  },
  {
    title: "Your data is yours",
    body: "Export your practice history or delete your account whenever you like. The code is open source, so you can also run your own copy.",
    href: "/sign-in",
    linkLabel: "Sign in to track progress",
    icon: (
      <svg {...iconProps}>
        <path d="M12 3 4 6v6c0 4.5 3.4 8.3 8 9 4.6-.7 8-4.5 8-9V6Z" />
        <path d="m9 12 2 2 4-4" />
      </svg>
    ),
  },
];

const steps = [
  {
    title: "Pick a target role",
    body: "Compare what Data Scientist and Machine Learning Engineer postings ask for, and choose where you are headed.",
  },
  {
    title: "Practise and grade yourself",
    body: "Work through questions on SQL, Python, machine learning, experimentation and MLOps, then rate your own answer.",
  },
  {
    title: "Close the biggest gaps",
    body: "See, skill by skill, how far you are from what the role asks for, with the arithmetic shown, and what to practise next.",
  },
] as const;

export default async function HomePage() {
  const counts = await getSiteCounts(db);

  return (
    <HydrateWhenIdle>
      {/* The background is a soft wash of the primary colour (at most 11%; text on it stays AA). */}
      <section
        aria-labelledby="home-title"
        className="border-b bg-[radial-gradient(48rem_24rem_at_20%_0%,color-mix(in_oklch,var(--color-primary)_11%,transparent),transparent_70%)] bg-no-repeat"
      >
        <div className="container-page pt-10 pb-12 sm:pt-20 sm:pb-16 lg:pt-24">
          <Badge variant="accent">Open source · for DS and MLE candidates</Badge>
          <h1 id="home-title" className="mt-5 max-w-3xl text-display text-balance text-foreground">
            Know what the role asks for. Practise exactly that.
          </h1>
          <p className="mt-5 max-w-2xl text-lead text-pretty text-muted-foreground">
            {site.name} puts Data Scientist and Machine Learning Engineer roles side by side (pay, postings
            and the skills employers ask for, each figure from a named, dated source) and turns that demand
            into a practice plan. Browse the question bank without an account; sign in to track your progress
            and see what to practise next.
          </p>
          <div className="mt-8 flex flex-col gap-3 sm:flex-row sm:flex-wrap">
            <ButtonLink href={FEATURED_COMPARISON} size="lg">
              Compare DS vs MLE
              <svg {...iconProps} className="size-4">
                <path d="M5 12h14M13 6l6 6-6 6" />
              </svg>
            </ButtonLink>
            <ButtonLink href="/questions" size="lg" variant="outline">
              Browse questions
            </ButtonLink>
          </div>
          <p className="mt-5 text-sm text-muted-foreground">
            Or{" "}
            <Link href="/roles" className="link">
              see every role
            </Link>{" "}
            we cover.
          </p>

          <div className="mt-12 sm:mt-16">
            <h2 className="sr-only">At a glance</h2>
            <HomeStats {...counts} />
          </div>
        </div>
      </section>

      <section aria-labelledby="features-title" className="container-page py-14 sm:py-20">
        <div className="max-w-2xl">
          <h2 id="features-title" className="text-heading text-foreground">
            Evidence first, then practice
          </h2>
          <p className="mt-3 text-muted-foreground">
            Interview advice is full of opinions. We start from what job postings ask for and spend your
            practice time where it counts.
          </p>
        </div>
        <ul className="mt-10 grid gap-4 md:grid-cols-3">
          {features.map((feature) => (
            <li key={feature.title} className="flex">
              <Card className="w-full">
                <CardHeader>
                  <span className="mb-2 inline-flex size-10 items-center justify-center rounded-lg bg-accent text-accent-foreground">
                    {feature.icon}
                  </span>
                  <CardTitle>{feature.title}</CardTitle>
                </CardHeader>
                <CardContent>
                  <p className="text-muted-foreground">{feature.body}</p>
                </CardContent>
                <CardFooter>
                  <Link href={feature.href} className="link text-sm font-medium">
                    {feature.linkLabel}
                  </Link>
                </CardFooter>
              </Card>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="steps-title" className="border-y bg-card">
        <div className="container-page py-14 sm:py-20">
          <h2 id="steps-title" className="text-heading text-foreground">
            How it works
          </h2>
          <ol className="mt-10 grid gap-8 md:grid-cols-3">
            {steps.map((step, index) => (
              <li key={step.title} className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                <span
                  aria-hidden="true"
                  className="row-span-2 inline-flex size-8 items-center justify-center rounded-full border border-primary text-sm font-semibold text-primary tabular-nums"
                >
                  {index + 1}
                </span>
                <h3 className="text-subheading text-foreground">{step.title}</h3>
                <p className="text-muted-foreground">{step.body}</p>
              </li>
            ))}
          </ol>
        </div>
      </section>

      <section aria-labelledby="cta-title" className="container-page py-14 sm:py-20">
        <div className="flex flex-col gap-6 rounded-2xl border bg-accent p-6 sm:p-10 md:flex-row md:items-center md:justify-between">
          <div className="max-w-xl">
            <h2 id="cta-title" className="text-heading text-accent-foreground">
              Start with the comparison
            </h2>
            <p className="mt-2 text-foreground">
              See where Data Scientist and Machine Learning Engineer roles overlap, where they differ, and
              which skills each pays for. Sign in when you want your progress kept.
            </p>
          </div>
          <div className="flex shrink-0 flex-col gap-3 sm:flex-row">
            <ButtonLink href={FEATURED_COMPARISON}>DS vs MLE comparison</ButtonLink>
            <ButtonLink href="/sign-in" variant="outline">
              Sign in
            </ButtonLink>
          </div>
        </div>
      </section>
    </HydrateWhenIdle>
  );
}
