// Layer: server, also loaded outside Next (seed, Prisma CLI, proxy): no "server-only" marker, never for the browser.
// The Content Security Policy: a fresh nonce per request, so only scripts Next.js itself marks with that nonce run
// (issue 8, item 9). Pure and runtime-neutral: proxy.ts calls it for every request.

/** 128 random bits, base64: unguessable, and new for every response (CSP3 §6.7.2.3 asks for at least 128 bits). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The policy for one response. `'strict-dynamic'` lets the nonced bootstrap load Next's chunks; browsers that
 * understand it ignore `'self'` (kept for CSP2 browsers). Styles keep `'unsafe-inline'` (and no nonce, which would
 * switch it off) because React renders `style={…}` as inline style attributes, which a nonce cannot cover; a style
 * cannot run code. `'unsafe-eval'` only in development: React's dev build rebuilds server error stacks with eval.
 */
export function buildContentSecurityPolicy({ nonce, isDev }: { nonce: string; isDev: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
