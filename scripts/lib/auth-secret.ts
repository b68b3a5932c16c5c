import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

import { FatalError } from "./fatal-error";

// The secret that signs session cookies. Production must bring its own (a generated one would
// differ per instance and sign everyone out on each deploy); locally one is made on first run and
// kept beside the embedded data, so sessions survive a restart and `db:reset` keeps it.

export const AUTH_SECRET_FILE = "auth-secret";

export async function resolveAuthSecret(options: {
  configured: string | undefined;
  production: boolean;
  dataRoot: string;
}): Promise<string> {
  if (options.configured) return options.configured;
  if (options.production) {
    throw new FatalError(
      "AUTH_SECRET is not set: production needs it to sign session cookies. Set it to the output of `openssl rand -base64 32`.",
    );
  }
  const file = path.join(options.dataRoot, AUTH_SECRET_FILE);
  const stored = await readFile(file, "utf8").catch(() => null);
  if (stored && stored.trim().length >= 32) return stored.trim();
  const secret = randomBytes(32).toString("base64url");
  await mkdir(options.dataRoot, { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
