import { apiRoute, apiError, invalidFields, json, readJson, unauthorized } from "@/lib/api/responses";
import {
  IMPORT_MAX_BYTES,
  IMPORT_MAX_DECODED_BYTES,
  importAccountData,
  parseImportFile,
} from "@/lib/accounts/import";
import { getSessionUser } from "@/lib/auth";
import { db } from "@/lib/db";

/**
 * Restores an exported file (JSON, or gzip-compressed JSON with Content-Encoding: gzip) into the
 * signed-in account, which must have no practice yet: 200 with what was stored, 400 naming the bad
 * fields, 409 when the account has practice or another import of it is running.
 */
export const POST = apiRoute(async (request: Request) => {
  const user = await getSessionUser();
  if (!user) return unauthorized();
  const read = await readJson(request, {
    maxBytes: IMPORT_MAX_BYTES,
    maxDecodedBytes: IMPORT_MAX_DECODED_BYTES,
  });
  if (!read.ok) return read.response;
  const parsed = await parseImportFile(read.body);
  if (!parsed.ok) return invalidFields(parsed.fieldErrors);
  const result = await importAccountData(db, user.id, parsed.file);
  if (!result.ok) {
    return result.reason === "not-found"
      ? apiError(404, "This account no longer exists.")
      : apiError(409, result.message);
  }
  return json({ imported: result.imported });
});
