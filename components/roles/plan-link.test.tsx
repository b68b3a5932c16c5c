import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { ONLY_SIGNED_IN, ONLY_SIGNED_OUT } from "@/components/layout/signed-in-classes";

import { PlanLink } from "./plan-link";

describe("PlanLink", () => {
  // The prerendered HTML cannot know who is signed in: it carries both links, and CSS shows the one
  // <html data-signed-in> asks for (set before the first frame from the signed_in hint cookie).
  it("renders the plan link for a signed-in visitor and the sign-in link that returns to the plan", () => {
    const html = renderToStaticMarkup(<PlanLink />);
    const links = [...html.matchAll(/<a [^>]*class="([^"]*)"[^>]*href="([^"]*)"[^>]*>([^<]*)</g)].map(
      ([, className, href, text]) => ({ className: className!.replaceAll("&amp;", "&"), href, text }),
    );
    expect(links).toHaveLength(2);
    expect(links[0]).toMatchObject({ href: "/plan", text: "See your plan" });
    expect(links[0]!.className.split(" ")).toContain(ONLY_SIGNED_IN);
    expect(links[1]).toMatchObject({
      href: "/sign-in?next=%2Fplan",
      text: "Sign in for a plan from your own practice",
    });
    expect(links[1]!.className.split(" ")).toContain(ONLY_SIGNED_OUT);
  });
});
