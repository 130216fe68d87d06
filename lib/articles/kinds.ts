// What an Article row is (issue 13): text the questions come from, or a question set — imported questions that have no
// source text (body ""), so their evidence span is empty.
import "server-only";

export type ArticleKind = "article" | "set";

/** "ar" when the questions are mostly in Arabic letters, else "en": a set has no text to take its language from. */
export function guessLanguage(texts: string[]): "ar" | "en" {
  let arabic = 0;
  let latin = 0;
  for (const t of texts) {
    arabic += (t.match(/\p{Script=Arabic}/gu) ?? []).length;
    latin += (t.match(/\p{Script=Latin}/gu) ?? []).length;
  }
  return arabic > latin ? "ar" : "en";
}
