// Layer: shared with the browser (client components import it): nothing server-only in here.
// The article form's schema, shared by the form (client) and the API (server). Messages are i18n keys.
import { z } from "zod";
import { isWellFormedText } from "./text";

export const TITLE_MAX = 200;
export const BODY_MAX = 100_000;

/** NUL bytes, other C0 controls or U+FFFD replacement characters mean the "text" is really a binary file. */
function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) odd++;
  }
  return odd > 0 && odd / text.length > 0.01;
}

export const ArticleInputSchema = z.object({
  title: z
    .string({ error: "titleRequired" })
    .trim()
    .min(1, { error: "titleRequired" })
    .max(TITLE_MAX, { error: "titleTooLong" })
    .refine(isWellFormedText, { error: "textMalformed" }),
  body: z
    .string({ error: "bodyRequired" })
    .refine((s) => s.trim().length > 0, { error: "bodyRequired" })
    .refine((s) => s.length <= BODY_MAX, { error: "bodyTooLong" })
    .refine((s) => !looksBinary(s), { error: "bodyBinary" })
    .refine(isWellFormedText, { error: "bodyBinary" }),
});
export type ArticleInput = z.infer<typeof ArticleInputSchema>;

/** English fallbacks for the API (the form shows translated messages for the same keys). */
export const ARTICLE_ERROR_MESSAGES = {
  titleRequired: "Give the article a title.",
  titleTooLong: `The title is too long (at most ${TITLE_MAX} characters).`,
  bodyRequired: "Paste the article's text: it is empty.",
  bodyTooLong: `The article is too long (at most ${BODY_MAX.toLocaleString("en")} characters).`,
  bodyBinary: "This does not look like text. Paste plain text (UTF-8), not a binary file.",
  textMalformed: "The title contains a broken character (half of an emoji?). Retype it.",
} satisfies Record<string, string>;
