"use client";

import { useState, type FormEvent } from "react";

import { useRouter } from "next/navigation";

import type { ImportCounts } from "@/lib/accounts/import-file";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";

/**
 * The file as a request body: gzip-compressed where the browser can (exports of years of practice
 * are larger than a request may be uncompressed; they shrink about tenfold).
 */
async function requestBody(file: File): Promise<{ body: BodyInit; headers: Record<string, string> }> {
  if (typeof CompressionStream === "undefined") {
    return { body: await file.text(), headers: { "content-type": "application/json" } };
  }
  const compressed = await new Response(file.stream().pipeThrough(new CompressionStream("gzip"))).blob();
  return { body: compressed, headers: { "content-type": "application/json", "content-encoding": "gzip" } };
}

/** Sends an exported file to /api/account/import and says what was restored, or why not. */
export function ImportForm() {
  const router = useRouter();
  const [status, setStatus] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || file.size === 0) {
      setStatus({ tone: "error", text: "Choose the JSON file that “Export my data” saved." });
      return;
    }
    setPending(true);
    setStatus(null);
    try {
      const response = await fetch("/api/account/import", { method: "POST", ...(await requestBody(file)) });
      const body = (await response.json().catch(() => null)) as {
        imported?: ImportCounts;
        error?: string;
      } | null;
      if (!response.ok || !body?.imported) {
        setStatus({
          tone: "error",
          text: `Not imported: ${body?.error ?? `the server answered ${response.status}.`}`,
        });
        return;
      }
      const n = body.imported;
      setStatus({
        tone: "ok",
        text:
          `Imported ${n.attempts} attempts, ${n.reviewSchedules} review schedules, ${n.bookmarks} bookmarks, ` +
          `${n.notes} notes, ${n.savedCode} saved answers in code, ${n.mocks} mock interviews and ${n.selfRatings} self-ratings.` +
          (n.duplicates > 0 ? ` ${n.duplicates} repeated entries were merged.` : "") +
          (n.skipped > 0
            ? ` ${n.skipped} entries for questions, skills or roles not in this bank were skipped.`
            : ""),
      });
      router.refresh();
    } catch {
      setStatus({ tone: "error", text: "Not imported: no connection to the server. Try again." });
    } finally {
      setPending(false);
    }
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} className="grid gap-3">
      <Label htmlFor="import-file">Import an exported file</Label>
      <p id="import-file-hint" className="text-sm text-muted-foreground">
        Restores attempts, schedules, bookmarks, notes and self-ratings into this account, if it has no
        practice yet.
      </p>
      <input
        id="import-file"
        name="file"
        type="file"
        accept="application/json,.json"
        aria-describedby="import-file-hint"
        className="text-sm file:mr-3 file:rounded-md file:border file:border-input file:bg-card file:px-3 file:py-1.5 file:text-sm file:font-medium"
      />
      <p
        role="status"
        aria-live="polite"
        className={
          status?.tone === "error"
            ? "text-sm font-medium text-destructive"
            : "text-sm font-medium text-success"
        }
      >
        {status?.text}
      </p>
      <Button type="submit" variant="outline" className="justify-self-start" disabled={pending}>
        {pending ? "Importing…" : "Import"}
      </Button>
    </form>
  );
}
