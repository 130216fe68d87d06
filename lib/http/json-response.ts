// A JSON response as plain data, for the routes that answer only JSON and are served by both servers: the Next route
// handler turns it into a web Response, the node:http fast paths (lib/http/node-io.ts) write it straight to the socket.
import "server-only";
import { errorParts } from "@/lib/errors";

/**
 * These routes answer JSON or an event stream, never a document a browser could run anything in: a fixed policy that
 * allows nothing replaces the per-request nonce policy of pages (proxy.ts leaves them out).
 */
export const JSON_ONLY_CSP = "default-src 'none'; frame-ancestors 'none'";

export interface PlainResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export const jsonResponse = (status: number, body: unknown, headers: Record<string, string> = {}): PlainResponse => ({
  status,
  headers: { "content-type": "application/json", "content-security-policy": JSON_ONLY_CSP, ...headers },
  body: JSON.stringify(body),
});

/** Anything thrown as the JSON error the app answers everywhere (lib/errors.ts: unknown errors logged, a 500). */
export function errorJson(err: unknown): PlainResponse {
  const { status, body, headers } = errorParts(err);
  return jsonResponse(status, body, headers);
}

/** The Next route's Response for a PlainResponse. */
export function toResponse(r: PlainResponse): Response {
  return new Response(r.body, { status: r.status, headers: r.headers });
}
