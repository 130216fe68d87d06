// Builder: "who said …?" for each quotation attributed to a speaker.
import { normalizeForMatch } from "./normalize";
import { hashInt, shuffle } from "./util";
import { type Candidate, type Ctx, QUOTE_FRAGMENT_START, aliasOf, ar, speakerSet } from "./context";
import { normContains, quoteWrap, stripEndPunct, truncateWords } from "./text";
import { conflicts, sameFamily } from "./distractors";
import { plausiblePerson } from "./gates";
import { AR_GIVEN_NAMES } from "./lexicon";
import { choiceSet, mkCand, sentenceScore } from "./candidate";

/** Words that stand before a person's name as a title or rank ("Minister Jane Doe", "Dr Omar Ali"). */
const EN_TITLE =
  /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lady|Lord|Judge|Justice|Rev|Reverend|Father|Sister|Brother|Imam|Rabbi|Sheikh|Mayor|Governor|Senator|Representative|Rep|President|Vice|Prime|Minister|Secretary|Chancellor|Ambassador|Commissioner|Chairman|Chairwoman|Chair|Chief|Executive|Director|Manager|Editor|Administrator|Spokesperson|Spokesman|Spokeswoman|General|Gen|Colonel|Col|Major|Maj|Captain|Capt|Lieutenant|Lt|Sergeant|Sgt|Commander|Admiral|Officer|Inspector|Detective|Coach|Nurse|Doctor|King|Queen|Prince|Princess|Pope|Cardinal|Bishop|Archbishop|MP|MEP|Councillor|Councilman|Councilwoman|Superintendent|Principal|Dean|Curator|Founder|CEO|Chef|Sen|Gov|Pres|Supt)$/u;

export function buildQuote(c: Ctx, out: Candidate[]): void {
  const people = [...new Set(c.ex.spans.filter((x) => x.kind === "person").map((x) => x.norm))];
  const speakers = speakerSet(c);
  for (const sp of c.ex.speeches) {
    const s = c.sentences[sp.sent]!;
    let name = c.displayName.get(sp.speaker) ?? sp.speaker;
    let surnameMode = false;
    // evidence must contain the full name: widen back to the sentence that names the speaker in full
    let evStart = s.start;
    if (!normContains(s.text, name)) {
      let found = -1;
      for (let k = sp.sent - 1; k >= Math.max(0, sp.sent - 3); k--) {
        if (normContains(c.sentences[k]!.text, name)) {
          found = k;
          break;
        }
      }
      if (found >= 0) evStart = c.sentences[found]!.start;
      else {
        // named far away: ask with the surname as written here ("Mr Nelson said …")
        name = c.text.slice(sp.mStart, sp.mEnd);
        surnameMode = true;
      }
    }
    // «وقالت ابنته سلمى حسن النور»: a surname met right after another given name is someone else of the family, not
    // the speaker the surname stands for elsewhere
    if (ar(c)) {
      const mention = normalizeForMatch(c.text.slice(sp.mStart, sp.mEnd));
      const prev =
        normalizeForMatch(c.text.slice(Math.max(s.start, sp.mStart - 30), sp.mStart))
          .split(" ")
          .pop() ?? "";
      if (AR_GIVEN_NAMES.has(prev) && !normContains(c.displayName.get(sp.speaker) ?? sp.speaker, prev + " " + mention))
        continue;
    }
    // "Lucía Paredes, now with the Orquesta Escuela de Tango, said": a "name" right after another capitalised word that
    // is no title is the tail of an orchestra's, a school's or a team's name, never the speaker
    if (!ar(c)) {
      const prev = /(\S+)\s+$/u.exec(c.text.slice(Math.max(s.start, sp.mStart - 30), sp.mStart))?.[1] ?? "";
      if (/^\p{Lu}/u.test(prev) && !EN_TITLE.test(prev.replace(/[.,]$/u, ""))) continue;
    }
    const qt = truncateWords(stripEndPunct(sp.quote.replace(/["«»“”]/gu, "")), 22);
    if (QUOTE_FRAGMENT_START.test(qt.trim())) continue;
    const prompt = ar(c) ? `مَن قال: ${quoteWrap(c, qt)}؟` : `Who said: ${quoteWrap(c, qt)}?`;
    if (normContains(prompt, name)) continue;
    const others = people
      .filter(
        (p) =>
          p !== sp.speaker &&
          aliasOf(c, p) !== sp.speaker &&
          !conflicts(c, sp.speaker, p) &&
          !sameFamily(c, sp.speaker, p),
      )
      .map((p) => c.displayName.get(p) ?? p)
      .map((d) => (surnameMode ? d.trim().split(/\s+/u).pop()! : d))
      .filter((d, i, arr) => arr.findIndex((x) => conflicts(c, normalizeForMatch(x), normalizeForMatch(d))) === i);
    if (!plausiblePerson(c, name)) continue;
    // only people: a storm, a bank or a stray phrase taken for a name is never offered as a speaker
    let ds = shuffle(others, (c.seed ^ hashInt("q" + sp.qStart)) >>> 0).filter(
      (d) => !normContains(prompt, d) && plausiblePerson(c, d),
    );
    // one name per family among the choices ("Margaret Doe" and "Peggy Doe" may be one woman)
    ds = ds.filter((d, i) => !ds.slice(0, i).some((x) => sameFamily(c, normalizeForMatch(x), normalizeForMatch(d))));
    // people who speak elsewhere in the article or carry a role there ("the minister X") are the ones a reader could
    // take for this speaker; a name met once in passing (a historical figure, a verb phrase read as a name) is not
    const strong = ds.filter(
      (d) => speakers.has(aliasOf(c, normalizeForMatch(d))) || c.ex.roles.has(aliasOf(c, normalizeForMatch(d))),
    );
    if (strong.length >= 3) ds = strong;
    else ds = [...strong, ...ds.filter((d) => !strong.includes(d))];
    // full names among full names: a lone surname or a mis-tagged word would stand out
    const full = ds.filter((d) => /\s/u.test(d.trim()));
    if (/\s/u.test(name.trim()) && full.length >= 2) ds = full;
    const ch = choiceSet(c, name, ds, "quote" + sp.qStart);
    if (!ch) continue;
    const strongChoices = ch.every((x) => x === name || strong.includes(x));
    out.push(
      mkCand(c, "quote", prompt, name, ch, { start: evStart, end: s.end }, s.idx, 1.1 + sentenceScore(c, s), 0.5, {
        strongChoices,
      }),
    );
  }
}
