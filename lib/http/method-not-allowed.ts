// The methods a route handler does not implement answer 405 with the JSON error shape and an Allow header, not
// Next's empty-bodied 405 (issue 8, Low). Each route file exports the missing ones: `export const { PUT, … } =
// methodsNotAllowed(["GET", "POST"])`. HEAD and OPTIONS stay Next's (HEAD follows GET; OPTIONS lists the methods).
import "server-only";
import type { ErrorBody } from "@/lib/errors";

const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

type Handler = (req?: Request) => Response;

/** A 405 handler for every method a route does not have, keyed by method. */
export function methodsNotAllowed(allowed: readonly HttpMethod[]): Record<HttpMethod, Handler> {
  const allow = allowed.join(", ");
  const handler: Handler = () =>
    Response.json(
      { error: { code: "method_not_allowed", message: `This address accepts ${allow} only.` } } satisfies ErrorBody,
      { status: 405, headers: { allow } },
    );
  return Object.fromEntries(HTTP_METHODS.map((m) => [m, handler])) as Record<HttpMethod, Handler>;
}
