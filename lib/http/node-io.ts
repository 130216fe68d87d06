// Reading a request and writing a response on node:http, once for both fast paths in front of Next
// (lib/http/fast-answers.ts, lib/http/fast-live.ts): the body read as a web Request's json() reads it, and every
// response with the headers next.config.js gives every response Next serves.
import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { AppError, ValidationError } from "@/lib/errors";
import type { PlainResponse } from "./json-response";
import securityHeaders from "./security-headers.json";

/** next.config.js's headers as writeHead's flat [name, value, …] list, built once: no per-response object spread. */
const SECURITY_HEADERS: readonly string[] = securityHeaders.flatMap((h) => [h.key, h.value]);
const utf8 = new TextDecoder(); // as Request.json(): UTF-8, a leading BOM dropped

class TooLargeError extends AppError {
  constructor() {
    super(413, "too_large", "The request is too large.");
  }
}

/**
 * The body as JSON, decoded as a web Request's json() decodes it (UTF-8, a leading BOM dropped). Rejects with a 413
 * once it passes `maxBytes` (the rest is drained unread) and with a 400 "invalid_json" when it is not JSON.
 */
export function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > maxBytes) {
        req.removeAllListeners("data");
        req.resume();
        reject(new TooLargeError());
      } else chunks.push(c);
    });
    req.on("error", reject);
    req.on("end", () => {
      try {
        // a small body is one chunk: decoded as it is, without a copy
        resolve(JSON.parse(utf8.decode(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks))));
      } catch {
        reject(new ValidationError("The request body must be JSON.", "invalid_json"));
      }
    });
  });
}

/** The security headers and then `headers` (none of them one of the security headers), as writeHead's flat list. */
export function withSecurityHeaders(headers: Record<string, string>): string[] {
  const list = [...SECURITY_HEADERS];
  for (const name in headers) list.push(name, headers[name] as string);
  return list;
}

/** Writes the whole response: headers and body leave in one write (end right after writeHead). */
export function sendPlain(res: ServerResponse, r: PlainResponse) {
  const headers = withSecurityHeaders(r.headers);
  headers.push("content-length", String(Buffer.byteLength(r.body)));
  res.writeHead(r.status, headers);
  res.end(r.body);
}
