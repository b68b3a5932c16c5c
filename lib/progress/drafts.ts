import type { AttemptRequest } from "./client-api";
import { GRADE_LABELS, type GradeName } from "./grades";

// What a visitor entered on a question before signing in (or while offline), kept in the browser's
// localStorage until it is saved to their account, so nothing typed is lost on the way. Browser
// code; the store is a parameter so the rules are unit-tested without a browser.

export interface PracticeDraft {
  note?: string;
  bookmarked?: boolean;
  pendingGrade?: {
    grade: GradeName;
    timeSpentSeconds: number | null;
    idempotencyKey: string;
    /** A checked submission's outcome, kept with its grade. */
    outcome?: "PASSED" | "FAILED" | null;
    runsBefore?: number | null;
  };
}

export type DraftStore = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

/** The browser's localStorage, or null where it is disabled (private modes, blocked storage). */
function browserStore(): DraftStore | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const key = (slug: string) => `gradient-prep:draft:${slug}`;

export function loadDraft(slug: string, store = browserStore()): PracticeDraft | null {
  try {
    const raw = store?.getItem(key(slug));
    return raw ? (JSON.parse(raw) as PracticeDraft) : null;
  } catch {
    return null;
  }
}

/** The questions with something kept in this browser, by slug. */
export function draftSlugs(store = browserStore()): string[] {
  const prefix = key("");
  const slugs: string[] = [];
  try {
    if (!store) return slugs;
    for (let i = 0; i < store.length; i++) {
      const name = store.key(i);
      if (name?.startsWith(prefix)) slugs.push(name.slice(prefix.length));
    }
  } catch {
    // Storage disabled: nothing was kept.
  }
  return slugs.sort();
}

export function updateDraft(slug: string, change: Partial<PracticeDraft>, store = browserStore()): void {
  try {
    store?.setItem(key(slug), JSON.stringify({ ...loadDraft(slug, store), ...change }));
  } catch {
    // Storage full or disabled: the text stays in the field, which is all we can do.
  }
}

export function clearDraft(slug: string, fields?: (keyof PracticeDraft)[], store = browserStore()): void {
  try {
    if (!fields) return store?.removeItem(key(slug));
    const draft = loadDraft(slug, store);
    if (!draft) return;
    for (const field of fields) delete draft[field];
    if (Object.keys(draft).length === 0) store?.removeItem(key(slug));
    else store?.setItem(key(slug), JSON.stringify(draft));
  } catch {
    // As above.
  }
}

type Result = { ok: true } | { ok: false; status: number };

/** The account calls a draft is saved through (lib/progress/client-api.ts in the browser). */
export interface DraftSaver {
  saveNote(slug: string, body: string): Promise<Result>;
  setBookmark(slug: string, bookmarked: boolean): Promise<Result>;
  recordAttempt(input: AttemptRequest): Promise<Result>;
}

export interface SavedDraft {
  /** What was saved, in words for the status line ("your note", "your grade (Good)"). */
  saved: string[];
  /** The note as it now is on the account, or kept in the field when it could not be saved. */
  note?: { body: string; saved: boolean };
  bookmarked?: boolean;
}

/**
 * After sign-in: saves what was entered before it to the account, once, and forgets each part that
 * was saved (a part that failed stays, to be tried again). A pending grade keeps its idempotency
 * key, so a retry never records it twice; a question that no longer exists drops its grade.
 */
export async function saveDraftToAccount(
  slug: string,
  api: DraftSaver,
  timeZone: string,
  store = browserStore(),
): Promise<SavedDraft | null> {
  const draft = loadDraft(slug, store);
  if (!draft) return null;
  const result: SavedDraft = { saved: [] };
  if (draft.note !== undefined && draft.note !== "") {
    const saved = (await api.saveNote(slug, draft.note)).ok;
    result.note = { body: draft.note, saved };
    if (saved) {
      result.saved.push("your note");
      clearDraft(slug, ["note"], store);
    }
  }
  if (draft.bookmarked !== undefined && (await api.setBookmark(slug, draft.bookmarked)).ok) {
    result.bookmarked = draft.bookmarked;
    result.saved.push("your bookmark");
    clearDraft(slug, ["bookmarked"], store);
  }
  if (draft.pendingGrade) {
    const recorded = await api.recordAttempt({ questionSlug: slug, ...draft.pendingGrade, timeZone });
    if (recorded.ok || recorded.status === 404) clearDraft(slug, ["pendingGrade"], store);
    if (recorded.ok) result.saved.push(`your grade (${GRADE_LABELS[draft.pendingGrade.grade]})`);
  }
  return result;
}
