"use client";

import { useEffect, useRef, useState } from "react";

// The code a person wrote for a question, kept so it is there when they come back (issue 13):
// signed in, on their account (saved a moment after they stop typing); signed out, in this browser.

const storageKey = (slug: string) => `gradient-prep:code:${slug}`;
const SAVE_AFTER_MS = 1_200;

function readLocal(slug: string): string | null {
  try {
    return window.localStorage.getItem(storageKey(slug));
  } catch {
    return null;
  }
}

function writeLocal(slug: string, code: string | null): void {
  try {
    if (code === null) window.localStorage.removeItem(storageKey(slug));
    else window.localStorage.setItem(storageKey(slug), code);
  } catch {
    // Storage full or disabled: the code stays in the editor for this visit.
  }
}

async function saveRemote(slug: string, code: string): Promise<boolean> {
  try {
    const response = await fetch(`/api/questions/${encodeURIComponent(slug)}/code`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ code }),
    });
    return response.ok;
  } catch {
    return false;
  }
}

export interface CodeDraft {
  /** The code to start the editor with; null until it is known (the server was asked). */
  initial: string | null;
  signedIn: boolean;
  /** Call on every change; saving is debounced. */
  changed: (code: string) => void;
  /** Saves now (before a run), and forgets the copy when the code is back to the starter. */
  flush: () => void;
}

export function useCodeDraft(questionSlug: string, starter: string): CodeDraft {
  const [initial, setInitial] = useState<string | null>(null);
  const [signedIn, setSignedIn] = useState(false);
  const pending = useRef<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const signedInRef = useRef(false);

  useEffect(() => {
    let cancelled = false;
    void fetch(`/api/questions/${encodeURIComponent(questionSlug)}/code`)
      .then((response) =>
        response.ok ? (response.json() as Promise<{ signedIn: boolean; code?: string | null }>) : null,
      )
      .catch(() => null)
      .then((answer) => {
        if (cancelled) return;
        signedInRef.current = answer?.signedIn === true;
        setSignedIn(signedInRef.current);
        // Signed in, the account's copy wins; a copy from before sign-in is used once, then saved.
        const local = readLocal(questionSlug);
        const code = (answer?.signedIn ? (answer.code ?? local) : local) ?? starter;
        setInitial(code);
        if (answer?.signedIn && local !== null && answer.code == null) {
          void saveRemote(questionSlug, local).then((saved) => saved && writeLocal(questionSlug, null));
        }
      });
    return () => {
      cancelled = true;
    };
  }, [questionSlug, starter]);

  const save = () => {
    window.clearTimeout(timer.current);
    const code = pending.current;
    if (code === null) return;
    pending.current = null;
    const value = code === starter ? "" : code;
    if (signedInRef.current) void saveRemote(questionSlug, value);
    else writeLocal(questionSlug, value === "" ? null : value);
  };

  useEffect(() => () => window.clearTimeout(timer.current), []);

  return {
    initial,
    signedIn,
    changed: (code) => {
      pending.current = code;
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(save, SAVE_AFTER_MS);
    },
    flush: save,
  };
}
