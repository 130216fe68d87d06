"use client";
// Subscribes to a live game's Server-Sent Events. EventSource reconnects by itself after a dropped connection; when
// the server refuses it (the stream closes for good), this tries again every 2 s until `stop` is called.
import { useEffect, useRef, useState } from "react";

export type StreamStatus = "connecting" | "open" | "reconnecting";

export function useEventStream(url: string, handlers: Record<string, (data: unknown) => void>, isEnabled = true) {
  const [status, setStatus] = useState<StreamStatus>("connecting");
  const handlersRef = useRef(handlers);
  // The latest handlers, kept out of the subscription's dependencies so a re-render does not reopen the stream.
  useEffect(() => {
    handlersRef.current = handlers;
  });
  useEffect(() => {
    if (!isEnabled) return;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | null = null;
    let isStopped = false;
    const open = () => {
      source = new EventSource(url);
      source.onopen = () => setStatus("open");
      source.onerror = () => {
        setStatus("reconnecting");
        if (source?.readyState === EventSource.CLOSED && !isStopped) {
          source.close();
          retry = setTimeout(open, 2000);
        }
      };
      for (const name of Object.keys(handlersRef.current)) {
        source.addEventListener(name, (e) => {
          handlersRef.current[name]?.(JSON.parse((e as MessageEvent<string>).data));
        });
      }
    };
    open();
    return () => {
      isStopped = true;
      if (retry) clearTimeout(retry);
      source?.close();
    };
  }, [url, isEnabled]);
  return status;
}
