import { apiRoute, json, notFound } from "@/lib/api/responses";
import { getSessionUser } from "@/lib/auth";
import { requestNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { getQuestionProgress } from "@/lib/progress/progress-queries";

type Context = { params: Promise<{ slug: string }> };

/** What the signed-in user has done with a question; `{ signedIn: false }` for visitors. */
export const GET = apiRoute(async (_request: Request, { params }: Context) => {
  const user = await getSessionUser();
  if (!user) return json({ signedIn: false });
  const { slug } = await params;
  const progress = await getQuestionProgress(db, user.id, slug, await requestNow());
  if (!progress) return notFound("That question");
  return json({ signedIn: true, progress });
});
