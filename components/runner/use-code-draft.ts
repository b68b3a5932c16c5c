"use client";

import { useEffect, useEffectEvent, useRef, useState } from "react";

// The code a person wrote for a question, kept so it is there when they come back (issue 13):
// signed in, on their account (saved a moment after they stop typing); signed out, in this browser.
// When the account cannot take it (offline, too long), the code is kept in this browser instead
// and the panel says so; the browser's copy is then the newer one and is offered first next time.

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

type SaveResult = { ok: true } | { ok: false; message: string };

async function saveRemote(slug: string, code: string): Promise<SaveResult> {
  try {
    const response = await fetch(`/api/questions/${encodeURIComponent(slug)}/code`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ code }),
      // A save started as the page is left still reaches the server (browsers cap such a body at
      // 64 kB; a larger one is sent as a plain request).
      keepalive: new Blob([code]).size < 60_000,
    });
    if (response.ok) return { ok: true };
    const body = (await response.json().catch(() => null)) as { error?: string } | null;
    return { ok: false, message: body?.error ?? `the server answered ${response.status}` };
  } catch {
    return { ok: false, message: "the server could not be reached" };
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
  /** Why the code is kept in this browser rather than on the account; null when it is saved. */
  problem: string | null;
}

export function useCodeDraft(questionSlug: string, starter: string): CodeDraft {
  const [initial, setInitial] = useState<string | null>(null);
  const [signedIn, setSignedIn] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
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
        // A copy in this browser is newer than the account's (written before sign-in, or when
        // the account could not take it): it is used, and saved to the account.
        const local = readLocal(questionSlug);
        const code = (answer?.signedIn ? (local ?? answer.code) : local) ?? starter;
        setInitial(code);
        if (answer?.signedIn && local !== null) {
          void saveRemote(questionSlug, local).then((saved) => {
            if (saved.ok) writeLocal(questionSlug, null);
          });
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
    if (!signedInRef.current) return writeLocal(questionSlug, value === "" ? null : value);
    void saveRemote(questionSlug, value).then((saved) => {
      if (saved.ok) {
        writeLocal(questionSlug, null);
        setProblem(null);
      } else {
        writeLocal(questionSlug, value === "" ? null : value);
        setProblem(`Not saved to your account (${saved.message}); kept in this browser.`);
      }
    });
  };
  // Leaving the page (or the question) saves what is still waiting.
  const leave = useEffectEvent(save);
  useEffect(() => {
    const onLeave = () => leave();
    window.addEventListener("pagehide", onLeave);
    return () => {
      window.removeEventListener("pagehide", onLeave);
      onLeave();
    };
  }, []);

  return {
    initial,
    signedIn,
    changed: (code) => {
      pending.current = code;
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(save, SAVE_AFTER_MS);
    },
    flush: save,
    problem,
  };
}
