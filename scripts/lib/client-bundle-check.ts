import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

// What must never reach the browser (issue 11): run by scripts/test-e2e.ts on the production build
// it has just made, so `npm test` fails when a client chunk carries server code. Each signature is
// first looked for in the server build, where it must be found: a signature that matched nothing
// anywhere would make this check pass without checking anything.

interface Signature {
  what: string;
  pattern: RegExp;
}

const SIGNATURES: Signature[] = [
  // The 3,000 most common passwords (lib/accounts/common-passwords.ts), as a template literal or an
  // escaped string, whichever the minifier made of it.
  { what: "the common-password list", pattern: /123456(?:\n|\\n)password(?:\n|\\n)12345678(?:\n|\\n)qwerty/ },
  { what: "zod (the server's schemas)", pattern: /ZodError/ },
  { what: "the Prisma client", pattern: /PrismaClient/ },
  { what: "argon2 (password hashing)", pattern: /argon2/i },
];

async function jsFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".js"))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

export async function checkClientBundle(nextDir: string): Promise<string[]> {
  const clientFiles = await jsFiles(path.join(nextDir, "static"));
  const serverFiles = await jsFiles(path.join(nextDir, "server"));
  if (clientFiles.length === 0) return [`no client chunks in ${nextDir}/static: build first`];
  const read = async (files: string[]) =>
    Promise.all(files.map(async (file) => [file, await readFile(file, "utf8")] as const));
  const [client, server] = await Promise.all([read(clientFiles), read(serverFiles)]);
  const problems: string[] = [];
  for (const { what, pattern } of SIGNATURES) {
    if (!server.some(([, text]) => pattern.test(text))) {
      problems.push(
        `the signature of ${what} is not in the server build either; update scripts/lib/client-bundle-check.ts`,
      );
      continue;
    }
    for (const [file, text] of client) {
      if (pattern.test(text)) problems.push(`${what} is in the client chunk ${path.relative(nextDir, file)}`);
    }
  }
  return problems;
}
