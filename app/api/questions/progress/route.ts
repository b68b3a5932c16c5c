import { apiRoute, json } from "@/lib/api/responses";
import { getSessionUser } from "@/lib/auth";
import { requestNow } from "@/lib/clock";
import { db } from "@/lib/db";
import type { QuestionStatusesResponse } from "@/lib/questions/question-status";
import { listQuestionStatuses } from "@/lib/questions/status-queries";

// The signed-in user's marks for the question list (issue 17): each question they have graded, with
// the latest grade and whether it is due for review. /questions is rendered once for everyone and
// reads no session; its QuestionStatusProvider asks here from the browser, only when the
// signed-in hint cookie is set. As /api/questions/[slug]/progress, a visitor is an answer, not an
// error (a hint cookie can outlive its session).

export const GET = apiRoute(async () => {
  const user = await getSessionUser();
  if (!user) return json<QuestionStatusesResponse>({ signedIn: false, questions: [] });
  const questions = await listQuestionStatuses(db, user.id, await requestNow());
  return json<QuestionStatusesResponse>({ signedIn: true, questions });
});
