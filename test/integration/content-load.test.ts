import { cp, mkdtemp, rm, writeFile, appendFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { ContentError, loadContent } from "@/lib/content/load";

// loadContent against a copy of the real content/ folder with one file broken at a time.

const contentDir = fileURLToPath(new URL("../../content", import.meta.url));
let scratch: string;

beforeEach(async () => {
  scratch = path.join(await mkdtemp(path.join(tmpdir(), "content-")), "content");
  await cp(contentDir, scratch, { recursive: true });
});
afterEach(async () => {
  await rm(path.dirname(scratch), { recursive: true, force: true });
});

async function problemsOf(dir: string) {
  const error = await loadContent(dir).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ContentError);
  return (error as ContentError).problems;
}

describe("loadContent", () => {
  it("loads the real content/ without problems", async () => {
    const bundle = await loadContent(contentDir);
    expect(bundle.roles.length).toBeGreaterThan(0);
    expect(bundle.skills.length).toBeGreaterThan(0);
  });

  it("reports an invalid role file once, without blaming the files that refer to it", async () => {
    await appendFile(path.join(scratch, "roles", "data-scientist.yaml"), "extra: 1\n");
    expect(await problemsOf(scratch)).toEqual([
      {
        file: "content/roles/data-scientist.yaml",
        field: "extra",
        problem: "is not a known field (check its spelling)",
      },
    ]);
  });

  it("names a missing skills.yaml", async () => {
    await rm(path.join(scratch, "skills.yaml"));
    expect(await problemsOf(scratch)).toEqual([
      { file: "content/skills.yaml", field: "(file)", problem: "is missing: it lists every skill" },
    ]);
  });

  it("names a question that refers to a skill nobody defined", async () => {
    await writeFile(
      path.join(scratch, "questions", "sql", "new-question.md"),
      "---\ntitle: New\nskills: [sql, quantum-sql]\ndifficulty: easy\nkind: sql\nroles: [data-scientist]\n---\n## Prompt\nA\n## Answer\nB\n",
    );
    expect(await problemsOf(scratch)).toEqual([
      {
        file: "content/questions/sql/new-question.md",
        field: "skills.1",
        problem: 'unknown skill "quantum-sql" (not in content/skills.yaml)',
      },
    ]);
  });
});
