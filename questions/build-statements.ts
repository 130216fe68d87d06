// Builder: "which statement matches the article?" (one faithful statement among three with a figure swapped).
import { wordCount } from "./sentences";
import { AGE_LIKE, type Candidate, type Ctx, LIST_LINE, MINUTE_LIKE, ar } from "./context";
import { stripEndPunct, stripLeadWaw } from "./text";
import { distractors } from "./distractors";
import { leadSentence } from "./analyse";
import { choiceSet, mkCand, sentenceScore } from "./candidate";

/**
 * The main event (the lead sentence) and the most central sentences, asked as one faithful statement among three
 * altered ones: each alteration swaps one fact for another of the same kind from the article (a date for a date,
 * a person for a person), so the student must know the facts, not recognise a sentence.
 */
export function buildStatements(c: Ctx, out: Candidate[]): void {
  const lead = leadSentence(c);
  const ranked = c.sentences
    .filter((s) => !c.badStart.has(s.idx) && !c.pron.has(s.start) && !/[?؟]\s*["»”]?$/u.test(s.text))
    .map((s) => ({ s, score: (c.centrality.get(s.idx) ?? 0) + (s.idx === lead ? 1 : 0) }))
    .sort((a, b) => b.score - a.score || a.s.idx - b.s.idx)
    .slice(0, 6);
  for (const { s } of ranked) {
    // the statement: a whole sentence that ends as a sentence does (not a headline, standfirst or list entry), of a
    // length four of which can be read side by side; an opening «و/ف» is dropped, as a statement stands alone
    if (!/[.!؟?»”"]\s*$/u.test(s.text) || LIST_LINE.test(s.text)) continue;
    if (/^(?:و|ف)?(?:قال|أضاف|أكد|أوضح|أشار|تابع|لفت|اعتبر|رأى)/u.test(s.text)) continue;
    const end = s.end;
    const wc = wordCount(s.text);
    if (wc < 7 || wc > (s.idx === lead ? 40 : 30)) continue;
    if ((s.text.match(/["«»“”]/gu) ?? []).length > 0) continue;
    // figures only: swapped names came out of the wrong kind too often ("Dr. Typhoon Amy"), and a figure from the
    // article (not a perturbed one) keeps the statement plausible and its grammar intact
    const spans = (c.bySent.get(s.idx) ?? []).filter(
      (x) => x.start >= s.start && x.end <= end && (x.kind === "date" || x.kind === "number" || x.kind === "percent"),
    );
    if (
      spans.length === 0 ||
      spans.some(
        (x) =>
          AGE_LIKE.test(c.text.slice(Math.max(0, x.start - 20), x.end + 20)) ||
          MINUTE_LIKE.test(c.text.slice(Math.max(0, x.start - 12), x.start)),
      )
    )
      continue;
    const bare = ar(c) ? (t: string) => stripLeadWaw(t) : (t: string) => t;
    const truth = bare(stripEndPunct(c.text.slice(s.start, end)));
    const falses: string[] = [];
    for (let k = 0; k < 6 && falses.length < 3; k++) {
      const sp = spans[k % spans.length]!;
      const { items, fromArticle } = distractors(c, sp, 3, []);
      const idx = Math.floor(k / spans.length);
      if (idx >= fromArticle && !(sp.kind === "date" && !ar(c))) continue;
      const alt = items[idx];
      if (!alt) continue;
      const v = bare(stripEndPunct(c.text.slice(s.start, sp.start) + alt + c.text.slice(sp.end, end)));
      if (falses.includes(v) || v === truth) continue;
      falses.push(v);
    }
    if (falses.length < 3) continue;
    const prompt = ar(c)
      ? "أيّ العبارات التالية يطابق ما ورد في المقال؟"
      : "Which statement matches what the article reports?";
    const ch = choiceSet(c, truth, falses, "stmt" + s.start);
    if (!ch) continue;
    out.push(
      mkCand(c, "mcq", prompt, truth, ch, { start: s.start, end: s.end }, s.idx, 0.9 + sentenceScore(c, s), 0.45, {
        statement: true,
      }),
    );
  }
}

export const STATEMENT_PROMPT =
  /^(?:Which statement matches what the article reports\?|أيّ العبارات التالية يطابق ما ورد في المقال؟)$/u;
