import { apiRoute } from "@/lib/api/responses";
import { buildAccountExport } from "@/lib/accounts/export";
import { recordSecurityEvent } from "@/lib/accounts/security-events";
import { getSessionUser, requestContextOf } from "@/lib/auth";
import { db } from "@/lib/db";

export const GET = apiRoute(async (request: Request) => {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "Sign in to export your data." }, { status: 401 });
  const data = await buildAccountExport(db, user.id);
  if (!data) return Response.json({ error: "This account no longer exists." }, { status: 404 });
  // In the security log: a copy of everything leaving is worth knowing about if it was not you.
  await recordSecurityEvent(db, user.id, { kind: "data-exported", ...requestContextOf(request.headers) });
  const day = data.exportedAt.slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="gradient-prep-export-${day}.json"`,
      "cache-control": "private, no-store",
    },
  });
});
