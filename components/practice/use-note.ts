"use client";

import { useState } from "react";

import { progressApi } from "@/lib/progress/client-api";
import { clearDraft, loadDraft, updateDraft } from "@/lib/progress/drafts";

// A private note on a question: edited in a field, saved to the account, or (signed out, or when
// saving fails) kept in this browser until it can be.

export interface NoteState {
  text: string;
  saved: string;
  editing: boolean;
  status: string | null;
  setText: (text: string) => void;
  edit: () => void;
  cancel: () => void;
  save: () => Promise<void>;
  /** After sign-in: the note from the browser, saved or not. */
  restored: (body: string, saved: boolean) => void;
}

export function useNote(questionSlug: string, signedIn: boolean, initial: string | null): NoteState {
  const [saved, setSaved] = useState(initial ?? "");
  // Signed out, what was typed earlier comes back from this browser.
  const [text, setText] = useState(() => (signedIn ? null : loadDraft(questionSlug)?.note) ?? initial ?? "");
  const [editing, setEditing] = useState(!initial);
  const [status, setStatus] = useState<string | null>(null);

  const save = async () => {
    if (!signedIn) {
      updateDraft(questionSlug, { note: text });
      setStatus("Kept in this browser. Sign in to save it to your account.");
      return;
    }
    setStatus("Saving…");
    const result = await progressApi.saveNote(questionSlug, text);
    if (!result.ok) {
      updateDraft(questionSlug, { note: text });
      setStatus(`Not saved: ${result.message} Your text is kept in this browser.`);
      return;
    }
    clearDraft(questionSlug, ["note"]);
    setSaved(text);
    setEditing(text === "");
    setStatus(text === "" ? "Note deleted." : "Note saved.");
  };

  return {
    text,
    saved,
    editing,
    status,
    setText,
    edit: () => setEditing(true),
    cancel: () => {
      setText(saved);
      setEditing(false);
    },
    save,
    restored: (body, wasSaved) => {
      setText(body);
      if (wasSaved) {
        setSaved(body);
        setEditing(false);
      }
    },
  };
}
