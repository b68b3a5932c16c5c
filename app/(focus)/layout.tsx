import { requireUser } from "@/lib/auth";

import type { ReactNode } from "react";

// Signed-in pages that must be able to answer 404 (a mock interview is found by its id, and
// another person's id is a 404, issue 16). They sit outside (app), whose loading.tsx starts the
// response with a 200 before the page knows whether the id is the visitor's; the session is
// checked here exactly as (app)/layout.tsx does.
export default async function FocusLayout({ children }: { children: ReactNode }) {
  await requireUser();
  return children;
}
