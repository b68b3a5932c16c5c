import * as z from "zod";

import { apiRoute, json, notFound, parseJsonBody, unauthorized } from "@/lib/api/responses";
import { getSessionUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { getCodeDraft, saveCodeDraft } from "@/lib/progress/code-drafts";
import { codeSchema, questionSlugSchema } from "@/lib/progress/validations";

type Context = { params: Promise<{ slug: string }> };

/** The signed-in user's saved code for a question; `{ signedIn: false }` for visitors. */
export const GET = apiRoute(async (_request: Request, { params }: Context) => {
  const user = await getSessionUser();
  if (!user) return json({ signedIn: false });
  const slug = questionSlugSchema.safeParse((await params).slug);
  if (!slug.success) return notFound("That question");
  return json({ signedIn: true, code: await getCodeDraft(db, user.id, slug.data) });
});

/** Saves the code a signed-in user wrote for a question; "" deletes it. */
export const PUT = apiRoute(async (request: Request, { params }: Context) => {
  const user = await getSessionUser();
  if (!user) return unauthorized();
  const slug = questionSlugSchema.safeParse((await params).slug);
  if (!slug.success) return notFound("That question");
  const parsed = await parseJsonBody(request, z.object({ code: codeSchema }), { maxBytes: 100_000 });
  if (!parsed.ok) return parsed.response;
  const result = await saveCodeDraft(db, user.id, { questionSlug: slug.data, code: parsed.data.code });
  return result.ok ? json({ saved: true }) : notFound("That question");
});
