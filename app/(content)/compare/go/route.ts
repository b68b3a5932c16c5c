import * as z from "zod";

import { slugSchema } from "@/lib/content/schemas";
import { comparePath } from "@/lib/roles/pairs";

// The role picker is a plain GET form (no JavaScript needed): this turns its two choices into the
// comparison's one canonical address. Unknown slugs land on the comparison route's 404, which
// lists the roles we have; the same role twice lands on the page that asks for a second role.
const pickSchema = z.object({ a: slugSchema, b: slugSchema });

export function GET(request: Request): Response {
  const params = new URL(request.url).searchParams;
  const parsed = pickSchema.safeParse({ a: params.get("a"), b: params.get("b") });
  // The picker's selects are required, so only a hand-made URL arrives incomplete.
  const target = parsed.success ? comparePath(parsed.data.a, parsed.data.b) : "/compare#picker";
  // A relative Location keeps the redirect right behind any proxy.
  return new Response(null, { status: 303, headers: { Location: target } });
}
