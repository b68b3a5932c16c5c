// The practice panel's calls to the progress API (app/api/…), typed on both sides. Browser code:
// no server imports here.

import type { GradeName } from "./grades";

export interface QuestionProgressView {
  bookmarked: boolean;
  note: { id: string; body: string; updatedAt: string } | null;
  attempts: number;
  lastGrade: GradeName | null;
  review: { due: string; isDue: boolean } | null;
}

export type ProgressResponse = { signedIn: false } | { signedIn: true; progress: QuestionProgressView };

export interface AttemptResponse {
  attemptId: string;
  duplicate: boolean;
  review: { due: string; reps: number };
}

/** What POST /api/attempts takes from the browser (the server's schema: recordAttemptSchema). */
export interface AttemptRequest {
  questionSlug: string;
  grade: GradeName;
  timeSpentSeconds: number | null;
  idempotencyKey: string;
  timeZone: string;
  /** Set when the code runner checked the answer. */
  outcome?: "PASSED" | "FAILED" | null;
  runsBefore?: number | null;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; message: string };

async function call<T>(url: string, init?: RequestInit): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      headers: { "content-type": "application/json", ...init?.headers },
    });
  } catch {
    return { ok: false, status: 0, message: "No connection. Your input is kept; try again." };
  }
  const body = (await response.json().catch(() => null)) as (T & { error?: string }) | null;
  if (!response.ok) {
    return {
      ok: false,
      status: response.status,
      message: body?.error ?? `The server answered ${response.status}.`,
    };
  }
  return { ok: true, data: body as T };
}

export const progressApi = {
  progress: (slug: string) => call<ProgressResponse>(`/api/questions/${encodeURIComponent(slug)}/progress`),
  recordAttempt: (input: AttemptRequest) =>
    call<AttemptResponse>("/api/attempts", { method: "POST", body: JSON.stringify(input) }),
  setBookmark: (slug: string, bookmarked: boolean) =>
    call<{ bookmarked: boolean }>(`/api/questions/${encodeURIComponent(slug)}/bookmark`, {
      method: "PUT",
      body: JSON.stringify({ bookmarked }),
    }),
  saveNote: (slug: string, body: string) =>
    call<{ note: QuestionProgressView["note"] }>(`/api/questions/${encodeURIComponent(slug)}/note`, {
      method: "PUT",
      body: JSON.stringify({ body }),
    }),
};

/** The browser's time zone, for streaks and "due today" in the user's own day. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}
