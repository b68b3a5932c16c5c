import { apiRoute, json, notFound, unauthorized } from "@/lib/api/responses";
import { getSessionUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { getAttemptById } from "@/lib/progress/progress-queries";

type Context = { params: Promise<{ id: string }> };

/** One of your attempts. Someone else's is a 404, exactly like one that does not exist. */
export const GET = apiRoute(async (_request: Request, { params }: Context) => {
  const user = await getSessionUser();
  if (!user) return unauthorized();
  const attempt = await getAttemptById(db, user.id, (await params).id);
  return attempt ? json(attempt) : notFound("That attempt");
});
