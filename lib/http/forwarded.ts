// What a TLS-terminating reverse proxy says about the original request (X-Forwarded-Proto, X-Forwarded-Host), believed
// only when the operator said proxies stand in front (TRUST_PROXY > 0, as for the client address): otherwise any
// client could write them (issue 8, Low: the join link trusted X-Forwarded-Host; cookies lacked Secure behind https).
import "server-only";
import { env } from "@/lib/env";

type HeaderBag = Pick<Headers, "get">;

/** The right-most value of a comma-separated forwarded header: the one written by the nearest proxy. */
function nearest(value: string | null): string | null {
  const parts = (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return parts.at(-1) ?? null;
}

/** A host[:port] a URL can be built on (no path, no user info, no spaces), lower-cased; null otherwise. */
function cleanHost(raw: string | null): string | null {
  const host = raw?.trim().toLowerCase();
  return host && /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/.test(host) ? host : null;
}

/** Whether the browser reached us over https: the public URL says so, or a trusted proxy does. */
export function isHttpsRequest(headers: HeaderBag, trustedHops = env.TRUST_PROXY): boolean {
  if (env.BETTER_AUTH_URL.startsWith("https://")) return true;
  return trustedHops > 0 && nearest(headers.get("x-forwarded-proto"))?.toLowerCase() === "https";
}

/**
 * The origin the browser used: a trusted proxy's X-Forwarded-Host, else Host, else the configured public URL. Without
 * a trusted proxy, X-Forwarded-Host is ignored (a client could point the join link and its QR code anywhere).
 */
export function requestOriginFrom(headers: HeaderBag, trustedHops = env.TRUST_PROXY): string {
  const configured = new URL(env.BETTER_AUTH_URL);
  const host =
    (trustedHops > 0 ? cleanHost(nearest(headers.get("x-forwarded-host"))) : null) ??
    cleanHost(headers.get("host")) ??
    configured.host;
  return `${isHttpsRequest(headers, trustedHops) ? "https" : "http"}://${host}`;
}

/** Adds `Secure` to every cookie a response sets (Better Auth decides its cookies once, from BETTER_AUTH_URL). */
export function withSecureCookies(res: Response): Response {
  const cookies = res.headers.getSetCookie();
  if (cookies.length === 0) return res;
  const headers = new Headers(res.headers);
  headers.delete("set-cookie");
  for (const c of cookies) headers.append("set-cookie", /;\s*secure\s*(;|$)/i.test(c) ? c : `${c}; Secure`);
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
}
