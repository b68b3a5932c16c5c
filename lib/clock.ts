import "server-only";

import { cookies } from "next/headers";

import { env } from "@/lib/env";

// "Now" for a request. Pages and routes that schedule or count by date read it here, so the
// end-to-end tests can move the clock (to a review's due date) instead of sleeping: with
// ALLOW_TEST_CLOCK=1, and only then, the test-clock cookie adds whole days.

export const TEST_CLOCK_COOKIE = "test-clock-offset-days";
const DAY_MS = 86_400_000;

export async function requestNow(): Promise<Date> {
  const now = new Date();
  if (env.ALLOW_TEST_CLOCK !== "1") return now;
  const days = Number((await cookies()).get(TEST_CLOCK_COOKIE)?.value ?? 0);
  return Number.isFinite(days) && days > 0 ? new Date(now.getTime() + days * DAY_MS) : now;
}
