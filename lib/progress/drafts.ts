import type { GradeName } from "./client-api";

// What a visitor entered on a question before signing in (or while offline), kept in this
// browser's localStorage until it is saved to their account, so nothing typed is lost on the way.

export interface PracticeDraft {
  note?: string;
  bookmarked?: boolean;
  pendingGrade?: { grade: GradeName; timeSpentSeconds: number | null; idempotencyKey: string };
}

const key = (slug: string) => `gradient-prep:draft:${slug}`;

export function loadDraft(slug: string): PracticeDraft | null {
  try {
    const raw = window.localStorage.getItem(key(slug));
    return raw ? (JSON.parse(raw) as PracticeDraft) : null;
  } catch {
    return null;
  }
}

export function updateDraft(slug: string, change: Partial<PracticeDraft>): void {
  try {
    window.localStorage.setItem(key(slug), JSON.stringify({ ...loadDraft(slug), ...change }));
  } catch {
    // Storage full or disabled: the text stays in the field, which is all we can do.
  }
}

export function clearDraft(slug: string, fields?: (keyof PracticeDraft)[]): void {
  try {
    if (!fields) return window.localStorage.removeItem(key(slug));
    const draft = loadDraft(slug);
    if (!draft) return;
    for (const field of fields) delete draft[field];
    if (Object.keys(draft).length === 0) window.localStorage.removeItem(key(slug));
    else window.localStorage.setItem(key(slug), JSON.stringify(draft));
  } catch {
    // As above.
  }
}
