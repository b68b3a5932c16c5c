import { apiRoute, json, notFound, parseJsonBody, unauthorized } from "@/lib/api/responses";
import { getSessionUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { setBookmark } from "@/lib/progress/attempts";
import { bookmarkSchema } from "@/lib/progress/validations";

type Context = { params: Promise<{ slug: string }> };

export const PUT = apiRoute(async (request: Request, { params }: Context) => {
  const user = await getSessionUser();
  if (!user) return unauthorized();
  const { slug } = await params;
  const parsed = await parseJsonBody(request, bookmarkSchema.omit({ questionSlug: true }));
  if (!parsed.ok) return parsed.response;
  const result = await setBookmark(db, user.id, { questionSlug: slug, ...parsed.data });
  if (!result.ok) return notFound("That question");
  return json({ bookmarked: parsed.data.bookmarked });
});
