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

export const GET = async (req: Request) => answer(req, await betterAuth.GET(req));
export const POST = async (req: Request) => answer(req, await betterAuth.POST(req));

export const { PUT, PATCH, DELETE } = methodsNotAllowed(["GET", "POST"]);
