import { accessSync, constants } from "node:fs";
import path from "node:path";

/** The first of `candidates`, then of `name` on PATH, that can be run; null when none can. */
export function findExecutable(name: string, candidates: (string | undefined)[] = []): string | null {
  const onPath = (process.env.PATH ?? "").split(path.delimiter).map((dir) => path.join(dir, name));
  for (const file of [...candidates, ...onPath]) {
    if (!file) continue;
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // try the next one
    }
  }
  return null;
}
