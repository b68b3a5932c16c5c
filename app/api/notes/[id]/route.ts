import { apiRoute, json, notFound, unauthorized } from "@/lib/api/responses";
import { getSessionUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { deleteNoteById } from "@/lib/progress/attempts";
import { getNoteById } from "@/lib/progress/progress-queries";

type Context = { params: Promise<{ id: string }> };

// Someone else's note is a 404, exactly like one that does not exist.

export const GET = apiRoute(async (_request: Request, { params }: Context) => {
  const user = await getSessionUser();
  if (!user) return unauthorized();
  const note = await getNoteById(db, user.id, (await params).id);
  return note ? json(note) : notFound("That note");
});

export const DELETE = apiRoute(async (_request: Request, { params }: Context) => {
  const user = await getSessionUser();
  if (!user) return unauthorized();
  const result = await deleteNoteById(db, user.id, (await params).id);
  return result.ok ? json({ deleted: true }) : notFound("That note");
});
