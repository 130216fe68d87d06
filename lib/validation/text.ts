// Layer: shared with the browser (client components import it): nothing server-only in here.
// Text that JavaScript can hold but a database cannot store: a lone UTF-16 surrogate (half of an emoji, "\ud800").
// Schemas refuse it with a clear message rather than letting it reach Prisma as a 500.
export function isWellFormedText(s: string): boolean {
  return !/\p{Cs}/u.test(s);
}
