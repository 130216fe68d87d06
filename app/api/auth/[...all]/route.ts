import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth";
import type { ErrorBody } from "@/lib/errors";
import { isHttpsRequest, withSecureCookies } from "@/lib/http/forwarded";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

const betterAuth = toNextJsHandler(auth);

const EMPTY_ERROR: Record<number, ErrorBody["error"]> = {
  404: { code: "not_found", message: "No such sign-in address." },
  405: { code: "method_not_allowed", message: "That method is not accepted here." },
};

/**
 * Better Auth answers its own errors as `{ code, message }` (its client reads that shape, so it is kept), but an
 * unknown path or wrong method under /api/auth comes back with an empty body: those get the app's JSON error (issue 8).
 */
async function withJsonErrors(res: Response): Promise<Response> {
  if (res.status < 400 || (await res.clone().text()).trim()) return res;
  const headers = new Headers(res.headers);
  headers.delete("content-length");
  headers.delete("content-type");
  const error = EMPTY_ERROR[res.status] ?? { code: "bad_request", message: "The request could not be handled." };
  return Response.json({ error } satisfies ErrorBody, { status: res.status, headers });
}

/** Behind a trusted TLS-terminating proxy (TRUST_PROXY, X-Forwarded-Proto: https) the session cookie is Secure too. */
async function answer(req: Request, res: Response): Promise<Response> {
  const out = await withJsonErrors(res);
  return isHttpsRequest(req.headers) ? withSecureCookies(out) : out;
}

/**
 * Sign-up answers a taken email exactly as a new one and opens no session (`autoSignIn: false`, lib/auth.ts), so a
 * stranger cannot ask "is this email registered?" for free. Here the sign-up is followed by a sign-in with the same
 * email and password, through Better Auth's handler (its limits and the sign-in counters apply): a new account gets
 * its session cookie on the sign-up response; a taken email gets none unless the password is that account's own.
 * Finding out costs a sign-up (an account made on a miss) and a counted wrong password on a hit (issue 8).
 */
async function signUpThenSignIn(req: Request): Promise<Response> {
  const body: unknown = await req
    .clone()
    .json()
    .catch(() => null);
  const res = await betterAuth.POST(req);
  const { email, password } = (body ?? {}) as { email?: unknown; password?: unknown };
  if (res.status !== 200 || typeof email !== "string" || typeof password !== "string") return res;
  const headers = new Headers(req.headers);
  headers.delete("content-length");
  headers.set("content-type", "application/json");
  const signIn = await betterAuth.POST(
    new Request(new URL("../sign-in/email", req.url), {
      method: "POST",
      headers,
      body: JSON.stringify({ email, password }),
    }),
  );
  const cookies = signIn.ok ? signIn.headers.getSetCookie() : [];
  if (cookies.length === 0) return res;
  const out = new Response(res.body, { status: res.status, statusText: res.statusText, headers: res.headers });
  for (const cookie of cookies) out.headers.append("set-cookie", cookie);
  return out;
}

const isSignUp = (req: Request) => new URL(req.url).pathname.endsWith("/sign-up/email");

export const GET = async (req: Request) => answer(req, await betterAuth.GET(req));
export const POST = async (req: Request) =>
  answer(req, await (isSignUp(req) ? signUpThenSignIn(req) : betterAuth.POST(req)));

export const { PUT, PATCH, DELETE } = methodsNotAllowed(["GET", "POST"]);
