import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { PlanLink } from "./plan-link";

describe("PlanLink", () => {
  // The prerendered HTML cannot know who is signed in: it carries the signed-out link, and the
  // browser swaps in "See your plan" after hydration when the signed_in hint cookie is set.
  it("renders the sign-in link that returns to the plan on the server", () => {
    const html = renderToStaticMarkup(<PlanLink />);
    expect(html).toContain('href="/sign-in?next=%2Fplan"');
    expect(html).toContain(">Sign in for a plan from your own practice<");
    expect(html).not.toContain("See your plan");
  });
});
