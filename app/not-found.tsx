import { cache } from "react";

import { listRoleRefs } from "@/lib/roles/queries";
import { db } from "@/lib/db";
import { ButtonLink } from "@/components/ui/button";
import { Link } from "@/components/ui/link";

import type { Metadata } from "next";

export const metadata: Metadata = {
  title: "Page not found",
};

// Every page carries this content in its RSC payload, for a notFound() on the client, and Next.js puts
// it there twice: at the root and again in the route group (a group at the top level of app/ counts
// as a root). Rendered once per request, the second is the same element, which React sends as a
// reference to the first: 3 kB less on every page.
const notFoundContent = cache(async () => {
  const roles = await listRoleRefs(db);
  return (
    <div className="container-page py-16 sm:py-24">
      <div className="max-w-xl">
        <p className="text-sm font-semibold text-primary">404</p>
        <h1 className="mt-2 text-title text-foreground">We could not find that page</h1>
        <p className="mt-4 text-lead text-muted-foreground">
          The address may be mistyped, or the page may have moved. A role, comparison or question that was
          renamed gets a new address.
        </p>
        <div className="mt-8 flex flex-col gap-3 sm:flex-row">
          <ButtonLink href="/">Go to the home page</ButtonLink>
          <ButtonLink href="/roles" variant="outline">
            Browse roles
          </ButtonLink>
          <ButtonLink href="/questions" variant="outline">
            Browse questions
          </ButtonLink>
        </div>
        {roles.length > 0 && (
          <nav aria-labelledby="roles-we-cover" className="mt-10">
            <h2 id="roles-we-cover" className="text-subheading">
              The roles we cover
            </h2>
            <ul className="mt-3 grid gap-2 sm:grid-cols-2">
              {roles.map((role) => (
                <li key={role.slug}>
                  <Link className="link" href={`/roles/${role.slug}`}>
                    {role.name}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <p className="mt-8 text-sm text-muted-foreground">
          Looking for how the figures are sourced? Read the{" "}
          <Link href="/methodology" className="link">
            methodology
          </Link>
          .
        </p>
      </div>
    </div>
  );
});

// Prerendered with the site, so offering the roles costs no query per 404.
export default async function NotFound() {
  return notFoundContent();
}
