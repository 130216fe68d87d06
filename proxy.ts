// Next.js 16 Proxy (formerly middleware): stamps every page and route handler with a Content Security Policy that
// carries a per-request nonce. Next reads the nonce from the request's CSP header while rendering and puts it on its
// own <script> tags (node_modules/next/dist/docs/01-app/02-guides/content-security-policy.md).
import { NextResponse, type NextRequest } from "next/server";
import { buildContentSecurityPolicy, createNonce } from "@/lib/csp";

export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const csp = buildContentSecurityPolicy({ nonce, isDev: process.env.NODE_ENV === "development" });
  // Copy every request header (the client-address stamp from instrumentation.ts included) and add the policy.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Hashed build assets need no policy (they are scripts, styles and fonts, not documents); everything else gets one,
  // route handlers too (the QR code is an SVG a browser may open as a document) — but the answer route, the hot path
  // of a whole class answering at once (issue 9): it only ever answers JSON, with a fixed policy of its own
  // (lib/attempts/answer-request.ts), and skipping the proxy saves a second pass through Next per answer.
  matcher: ["/((?!_next/static|_next/image|api/attempts/[^/]+/answers$).*)"],
};
