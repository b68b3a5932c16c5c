"use client";

import { useEffect, useLayoutEffect, useRef, useState } from "react";

/**
 * Seconds left until `deadline`, from timestamps: the server's clock at render (`serverNow`) sets
 * the offset once, and each tick reads Date.now(), so a tab in the background, whose timers the
 * browser slows, still shows the right time when it comes back.
 */
export function useCountdown(
  deadline: string,
  serverNow: string,
  running: boolean,
  onExpire?: () => void,
): number {
  const expire = useRef(onExpire);
  useLayoutEffect(() => {
    expire.current = onExpire;
  });
  const [offset] = useState(() => new Date(serverNow).getTime() - Date.now());
  const [seconds, setSeconds] = useState(() =>
    Math.max(0, Math.ceil((new Date(deadline).getTime() - (Date.now() + offset)) / 1000)),
  );
  useEffect(() => {
    if (!running) return;
    let fired = false;
    const tick = () => {
      const left = Math.max(0, Math.ceil((new Date(deadline).getTime() - (Date.now() + offset)) / 1000));
      setSeconds(left);
      if (left === 0 && !fired) {
        fired = true;
        expire.current?.();
      }
    };
    const timer = window.setInterval(tick, 250);
    return () => window.clearInterval(timer);
  }, [deadline, running, offset]);
  return seconds;
}

/** 1:05:09, 4:05, 0:09. */
export function clockText(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${rest}` : `${minutes}:${rest}`;
}

/** "4 minutes 5 seconds", for screen readers. */
export function spokenTime(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const parts = [];
  if (minutes > 0) parts.push(`${minutes} minute${minutes === 1 ? "" : "s"}`);
  if (rest > 0 || minutes === 0) parts.push(`${rest} second${rest === 1 ? "" : "s"}`);
  return parts.join(" ");
}
