import * as z from "zod";

import { slugSchema } from "@/lib/content/schemas";
import { comparePath } from "@/lib/roles/pairs";
import { pickDestination } from "@/lib/roles/picker";
import { listComparisons, listRoleRefs } from "@/lib/roles/queries";
import { db } from "@/lib/db";

// The role picker is a plain GET form (no JavaScript needed): this turns its two choices into the
// comparison's one canonical address. With JavaScript the picker never offers the same role twice
// or a pair no source covers (issue 17); without it, such a pick comes back to /compare, to the
// message that says why (lib/roles/picker.ts). Unknown slugs land on the comparison route's 404,
// which lists the roles we have.
const pickSchema = z.object({ a: slugSchema, b: slugSchema });

export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const parsed = pickSchema.safeParse({ a: params.get("a"), b: params.get("b") });
  // The picker's selects are required, so only a hand-made URL arrives incomplete.
  if (!parsed.success) return seeOther(pickDestination(null, [], new Set()));
  const pick = parsed.data;
  let target: string;
  try {
    const [roles, comparisons] = await Promise.all([listRoleRefs(db), listComparisons(db)]);
    target = pickDestination(pick, roles, new Set(comparisons.map((c) => c.slug)));
  } catch {
    // Without the database (an outage), the prerendered comparison pages still answer, and the
    // pair's own address explains a same-role or uncovered pair: the picker never ends in a 500.
    target = comparePath(pick.a, pick.b);
  }
  return seeOther(target);
}

/** A relative Location keeps the redirect right behind any proxy. */
function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location } });
}
