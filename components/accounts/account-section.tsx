import type { ReactNode } from "react";

/** One titled card of /account, reachable by its id (#two-factor). */
export function AccountSection({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-heading`}
      className="mt-10 scroll-mt-20 rounded-xl border bg-card p-5 sm:p-6"
    >
      <h2 id={`${id}-heading`} className="text-heading">
        {title}
      </h2>
      {description ? <p className="mt-2 text-sm text-muted-foreground">{description}</p> : null}
      <div className="mt-5">{children}</div>
    </section>
  );
}
