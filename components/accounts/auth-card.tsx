import type { ReactNode } from "react";

/** The frame of the sign-in and sign-up pages: one narrow column, usable at 360 px. */
export function AuthCard({ title, lead, children }: { title: string; lead: ReactNode; children: ReactNode }) {
  return (
    <div className="container-page flex justify-center py-10 sm:py-16">
      <div className="w-full max-w-md rounded-xl border bg-card p-6 shadow-xs sm:p-8">
        <h1 className="text-heading">{title}</h1>
        <p className="mt-2 text-sm text-muted-foreground">{lead}</p>
        <div className="mt-6">{children}</div>
      </div>
    </div>
  );
}
