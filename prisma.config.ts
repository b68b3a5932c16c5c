import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

// Our machines cannot download Prisma's native schema engine; every CLI command runs through the
// WebAssembly engine behind this bridge instead (../shared/notes/prisma-without-native-engines.md).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(
  new URL("./prisma/schema-engine/schema-engine", import.meta.url),
);

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  datasource: {
    // `prisma generate` needs no database; every other command is run with DATABASE_URL set,
    // by scripts/run-app.ts for the embedded database or by the person at the shell.
    url: process.env.DATABASE_URL ?? "",
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL,
  },
});
