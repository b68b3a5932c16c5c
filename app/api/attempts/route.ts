import { apiRoute, json, notFound, parseJsonBody, unauthorized } from "@/lib/api/responses";
import { getSessionUser } from "@/lib/auth";
import { requestNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { recordAttempt } from "@/lib/progress/attempts";
import { recordAttemptSchema } from "@/lib/progress/validations";

/**
 * Records a self-graded attempt and reschedules the question. 201 for a new attempt, 200 when the
 * idempotency key was seen before (a double click or a retry: nothing new is written), 400 for bad
 * input naming the field, 404 for a question that does not exist.
 */
export const POST = apiRoute(async (request: Request) => {
  const user = await getSessionUser();
  if (!user) return unauthorized();
  const parsed = await parseJsonBody(request, recordAttemptSchema);
  if (!parsed.ok) return parsed.response;
  const result = await recordAttempt(db, user.id, parsed.data, await requestNow());
  if (!result.ok) return notFound("That question");
  return json(
    { attemptId: result.attemptId, duplicate: result.duplicate, review: result.review },
    result.duplicate ? 200 : 201,
  );
});
