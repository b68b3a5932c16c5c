import path from "node:path";
import { fileURLToPath } from "node:url";

import { ContentError, loadContent } from "@/lib/content/load";
import { formatReport, syncContent } from "@/lib/content/sync";
import { createDbClient } from "@/lib/db-client";
import { parseEnv } from "@/lib/env-schema";

// `prisma db seed` (and scripts/run-app.ts when the database is empty): validate every file under
// content/, then write it all in one transaction, reporting what was added, changed and removed.

const contentDir = fileURLToPath(new URL("../content", import.meta.url));

async function main(): Promise<number> {
  const env = parseEnv(process.env);
  if (!env.DATABASE_URL) {
    console.error(
      "DATABASE_URL is not set: run `npm run db:seed`, which provides the embedded database, or set it.",
    );
    return 1;
  }
  let bundle;
  try {
    bundle = await loadContent(contentDir);
  } catch (error) {
    if (error instanceof ContentError) {
      console.error(`${error.message}\nNothing was written: the database is as it was.`);
      return 1;
    }
    throw error;
  }
  const db = createDbClient({ connectionString: env.DATABASE_URL, maxConnections: 1 });
  try {
    const report = await syncContent(db, bundle);
    console.log(
      `Seeded from ${path.relative(process.cwd(), contentDir) || "content"}:\n${formatReport(report)}`,
    );
    return 0;
  } finally {
    await db.$disconnect();
  }
}

process.exitCode = await main();
