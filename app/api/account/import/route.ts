import { apiError, json, parseJsonBody, unauthorized } from "@/lib/api/responses";
import { IMPORT_MAX_BYTES, importAccountData, importFileSchema } from "@/lib/accounts/import";
import { getSessionUser } from "@/lib/auth";
import { db } from "@/lib/db";

/** Restores an exported file into the signed-in account (which must have no practice yet). */
export async function POST(request: Request) {
  const user = await getSessionUser();
  if (!user) return unauthorized();
  const parsed = await parseJsonBody(request, importFileSchema, IMPORT_MAX_BYTES);
  if (!parsed.ok) return parsed.response;
  const result = await importAccountData(db, user.id, parsed.data);
  if (!result.ok) {
    return result.reason === "not-empty"
      ? apiError(409, result.message)
      : apiError(404, "This account no longer exists.");
  }
  return json({ imported: result.imported });
}
