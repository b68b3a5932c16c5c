import { describe, expect, it } from "vitest";

import {
  clearDraft,
  draftSlugs,
  loadDraft,
  saveDraftToAccount,
  updateDraft,
  type DraftSaver,
  type DraftStore,
} from "./drafts";

function memoryStore(): DraftStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
    key: (index) => [...data.keys()][index] ?? null,
    get length() {
      return data.size;
    },
  };
}

function recordingApi(status: { note?: number; bookmark?: number; attempt?: number } = {}) {
  const calls: string[] = [];
  const answer = (code = 200) =>
    Promise.resolve(code < 400 ? ({ ok: true } as const) : ({ ok: false, status: code } as const));
  const api: DraftSaver = {
    saveNote: (slug, body) => (calls.push(`note ${slug} ${body}`), answer(status.note)),
    setBookmark: (slug, on) => (calls.push(`bookmark ${slug} ${on}`), answer(status.bookmark)),
    recordAttempt: (input) => (
      calls.push(`attempt ${input.questionSlug} ${input.grade} ${input.idempotencyKey}`),
      answer(status.attempt)
    ),
  };
  return { api, calls };
}

describe("drafts", () => {
  it("merge changes per question and forget fields one by one", () => {
    const store = memoryStore();
    updateDraft("q", { note: "n" }, store);
    updateDraft("q", { bookmarked: true }, store);
    updateDraft("other", { note: "x" }, store);
    expect(loadDraft("q", store)).toEqual({ note: "n", bookmarked: true });
    clearDraft("q", ["note"], store);
    expect(loadDraft("q", store)).toEqual({ bookmarked: true });
    clearDraft("q", ["bookmarked"], store);
    expect(store.data.has("gradient-prep:draft:q")).toBe(false);
    expect(loadDraft("other", store)).toEqual({ note: "x" });
  });

  it("list the questions that have one, and only this site's keys", () => {
    const store = memoryStore();
    updateDraft("b-question", { note: "x" }, store);
    updateDraft("a-question", { bookmarked: true }, store);
    store.setItem("someone-else", "1");
    expect(draftSlugs(store)).toEqual(["a-question", "b-question"]);
    clearDraft("a-question", undefined, store);
    expect(draftSlugs(store)).toEqual(["b-question"]);
    expect(draftSlugs(null)).toEqual([]);
  });

  it("survive a store that holds garbage or refuses to write", () => {
    const store = memoryStore();
    store.setItem("gradient-prep:draft:q", "{not json");
    expect(loadDraft("q", store)).toBeNull();
    const full: DraftStore = {
      ...store,
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    expect(() => updateDraft("q", { note: "n" }, full)).not.toThrow();
    expect(loadDraft("q", null)).toBeNull();
  });
});

describe("saveDraftToAccount", () => {
  const pendingGrade = { grade: "GOOD" as const, timeSpentSeconds: 42, idempotencyKey: "key-12345678" };

  it("saves the note, bookmark and grade with its key, says so, and forgets them", async () => {
    const store = memoryStore();
    updateDraft("q", { note: "remember", bookmarked: true, pendingGrade }, store);
    const { api, calls } = recordingApi();
    const result = await saveDraftToAccount("q", api, "Europe/London", store);
    expect(calls).toEqual(["note q remember", "bookmark q true", "attempt q GOOD key-12345678"]);
    expect(result).toEqual({
      saved: ["your note", "your bookmark", "your grade (Good)"],
      note: { body: "remember", saved: true },
      bookmarked: true,
    });
    expect(loadDraft("q", store)).toBeNull();
  });

  it("keeps what could not be saved, to try again, and drops a grade for a question that is gone", async () => {
    const store = memoryStore();
    updateDraft("q", { note: "remember", pendingGrade }, store);
    const { api } = recordingApi({ note: 503, attempt: 404 });
    const result = await saveDraftToAccount("q", api, "UTC", store);
    expect(result).toEqual({ saved: [], note: { body: "remember", saved: false } });
    expect(loadDraft("q", store)).toEqual({ note: "remember" });
  });

  it("does nothing without a draft", async () => {
    const { api, calls } = recordingApi();
    expect(await saveDraftToAccount("q", api, "UTC", memoryStore())).toBeNull();
    expect(calls).toEqual([]);
  });
});
