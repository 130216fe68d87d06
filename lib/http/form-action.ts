// Plain-form server actions (they work before hydration and end in a redirect) never answer a 500 to bad input:
// no session goes to sign-in and comes back, a missing or malformed form and any domain error go back to the page
// with `?error=<code>` for it to announce (issue 8, Low: class actions without a session or form data were 500s).
import "server-only";
import { redirect, unstable_rethrow } from "next/navigation";
import { formError } from "@/lib/errors";

/** A field of an action's form as text: "" when the field, or the whole form, is missing (an action can be called with anything). */
export function formText(formData: unknown, name: string, max = 10_000): string {
  if (!(formData instanceof FormData)) return "";
  const value = formData.get(name);
  return typeof value === "string" ? value.slice(0, max) : "";
}

/** Adds `key=value` to a path that may carry a query or a #fragment already. */
function withQuery(path: string, key: string, value: string): string {
  const [base, fragment] = path.split("#", 2) as [string, string | undefined];
  const joined = `${base}${base.includes("?") ? "&" : "?"}${key}=${encodeURIComponent(value)}`;
  return fragment === undefined ? joined : `${joined}#${fragment}`;
}

/**
 * Runs a plain-form action. Redirects (and Next's other control-flow throws) pass through; a 401 becomes a trip to
 * sign-in that returns to `page`; any other 4xx domain error returns to `page` with `?error=<code>`. A 5xx (a busy
 * database) is rethrown: the page's error boundary says to try again.
 */
export async function runFormAction(page: string, run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (err) {
    unstable_rethrow(err);
    const { status, code } = formError(err); // rethrows a 5xx or a bug
    if (status === 401) redirect(`/sign-in?next=${encodeURIComponent(page.split(/[?#]/)[0]!)}`);
    redirect(withQuery(page, "error", code));
  }
}
