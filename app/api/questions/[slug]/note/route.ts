import { apiRoute, json, notFound, parseJsonBody, unauthorized } from "@/lib/api/responses";
import { getSessionUser } from "@/lib/auth";
import { requestNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { saveNote } from "@/lib/progress/attempts";
import { getQuestionProgress } from "@/lib/progress/progress-queries";
import { noteSchema } from "@/lib/progress/validations";

type Context = { params: Promise<{ slug: string }> };

/** Saves the user's note on a question; an empty body deletes it. */
export const PUT = apiRoute(async (request: Request, { params }: Context) => {
  const user = await getSessionUser();
  if (!user) return unauthorized();
  const { slug } = await params;
  const parsed = await parseJsonBody(request, noteSchema.omit({ questionSlug: true }));
  if (!parsed.ok) return parsed.response;
  const result = await saveNote(db, user.id, { questionSlug: slug, body: parsed.data.body });
  if (!result.ok) return notFound("That question");
  const progress = await getQuestionProgress(db, user.id, slug, await requestNow());
  return json({ note: progress?.note ?? null });
});
