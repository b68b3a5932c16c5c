"use client";

import { useCallback, useEffect, useState } from "react";

// The practice timer, computed from timestamps rather than counted by an interval, so it keeps
// time while the tab is in the background (browsers slow intervals there). The interval only
// re-renders the clock once a second while it runs.

export interface Timer {
  seconds: number;
  running: boolean;
  /** Whether the timer was ever started: an untimed attempt records no time. */
  used: boolean;
  toggle: () => void;
  stop: () => void;
}

interface TimerState {
  /** When the current run started (epoch ms), or null while paused. */
  startedAt: number | null;
  /** Milliseconds from earlier runs. */
  earlierMs: number;
  used: boolean;
}

export function useTimer(startRunning: boolean): Timer {
  const [state, setState] = useState<TimerState>(() => ({
    startedAt: startRunning ? Date.now() : null,
    earlierMs: 0,
    used: startRunning,
  }));
  // "Now" as of the last tick: rendering stays pure, and the clock is right to the second.
  const [now, setNow] = useState(() => state.startedAt ?? 0);
  const running = state.startedAt !== null;

  useEffect(() => {
    if (!running) return;
    const interval = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(interval);
  }, [running]);

  const elapsedMs = state.earlierMs + (state.startedAt === null ? 0 : Math.max(0, now - state.startedAt));
  // Stable, so an effect that stops the clock (opening the answer) is not re-run every second.
  const stop = useCallback(() => setState(pause), []);

  return {
    seconds: Math.floor(elapsedMs / 1000),
    running,
    used: state.used,
    toggle: () => {
      const at = Date.now();
      setNow(at);
      setState((current) =>
        current.startedAt === null ? { ...current, startedAt: at, used: true } : pause(current),
      );
    },
    stop,
  };
}

function pause(current: TimerState): TimerState {
  return current.startedAt === null
    ? current
    : { ...current, startedAt: null, earlierMs: current.earlierMs + Date.now() - current.startedAt };
}

export function formatClock(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}`;
}
