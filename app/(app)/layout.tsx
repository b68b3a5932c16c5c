import { requireUser } from "@/lib/auth";

import type { ReactNode } from "react";

// The signed-in area. The session is checked here once per request (getSessionUser is cached per
// request, so each page's own requireUser() costs nothing more): layouts and pages render side by
// side in the App Router, so every page still checks for itself before reading personal data.
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  await requireUser();
  return children;
}
