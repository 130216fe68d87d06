// A Server-Sent Events response from a route handler: `event:`/`data:` frames on a stream that stays open until the
// client goes away (the request's abort signal) or the server closes it. `no-transform` keeps Next's gzip from
// buffering the frames; X-Accel-Buffering does the same for nginx.
import "server-only";

export type Send = (event: string, data: unknown) => void;

/** The response headers of an event stream (the node:http fast path, lib/http/fast-live.ts, sends the same). */
export const SSE_HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  "cache-control": "no-cache, no-transform",
  connection: "keep-alive",
  "x-accel-buffering": "no",
};

/** First on every stream: ask the browser to reconnect after 1 s if the connection drops. */
export const SSE_PRELUDE = "retry: 1000\n\n";

export const sseFrame = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

export function sseResponse(signal: AbortSignal, start: (send: Send, close: () => void) => () => void): Response {
  const encoder = new TextEncoder();
  let cleanup: (() => void) | null = null;
  let isClosed = false;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const close = () => {
        if (isClosed) return;
        isClosed = true;
        cleanup?.();
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      const send: Send = (event, data) => {
        if (isClosed) return;
        try {
          controller.enqueue(encoder.encode(sseFrame(event, data)));
        } catch {
          close();
        }
      };
      controller.enqueue(encoder.encode(SSE_PRELUDE));
      cleanup = start(send, close);
      if (signal.aborted) close();
      else signal.addEventListener("abort", close, { once: true });
    },
    cancel() {
      isClosed = true;
      cleanup?.();
    },
  });
  return new Response(stream, { headers: SSE_HEADERS });
}
