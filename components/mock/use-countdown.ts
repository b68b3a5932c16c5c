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
