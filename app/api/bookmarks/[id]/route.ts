import { apiRoute, json, notFound, unauthorized } from "@/lib/api/responses";
import { getSessionUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { deleteBookmarkById } from "@/lib/progress/attempts";

type Context = { params: Promise<{ id: string }> };

/** Removes one of your bookmarks. Someone else's is a 404, exactly like one that does not exist. */
export const DELETE = apiRoute(async (_request: Request, { params }: Context) => {
  const user = await getSessionUser();
  if (!user) return unauthorized();
  const result = await deleteBookmarkById(db, user.id, (await params).id);
  return result.ok ? json({ deleted: true }) : notFound("That bookmark");
});
