// Reading a page's searchParams: Next gives `string | string[] | undefined` for each key.
import "server-only";

/** The first value of a query parameter (`?a=1&a=2` → "1"). */
export function firstParam(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}
