"use client";
// A countdown from the server's "ms left" (not from the device's clock, which may be off): the end is placed on this
// device's clock when the value arrives, and the display ticks four times a second.
import { useEffect, useState } from "react";

export function useCountdown(remainingMs: number | null, receivedAt: number): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (remainingMs == null) return;
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, [remainingMs, receivedAt]);
  if (remainingMs == null) return null;
  return Math.max(0, Math.ceil((receivedAt + remainingMs - Math.max(now, receivedAt)) / 1000));
}
