// Page structure: one article's sentences, spans and article-level facts (headline, topic, centrality), which
// sentences are poor stems, and how sentences opening with a pronoun are shown. analyse() builds the Ctx.
import type { Language } from "./types";
import { clearNormalizeCache, normalizeForMatch } from "./normalize";
import { splitSentences, wordCount, type Sentence } from "./sentences";
import { extractAll, type SentenceInfo, type Span } from "./spans";
import { AR_BAD_STARTS, EN_BAD_STARTS } from "./lexicon";
import { fnv1a, hashInt } from "./util";
import { type Ctx, MAX_SENTENCES, aliasOf, ar } from "./context";
import { normContains } from "./text";
import { AR_NAMED_AFTER, plausiblePerson } from "./gates";

function computeBadStarts(c: Ctx): Set<number> {
  const bad = new Set<number>();
  for (const s of c.sentences) {
    const toks = c.infos[s.idx]?.toks ?? [];
    if (toks.length === 0) {
      bad.add(s.idx);
      continue;
    }
    const first = toks[0]!.n;
    const second = toks[1]?.n ?? "";
    if (ar(c)) {
      const f2 = first.replace(/^[وف]/u, "");
      if (AR_BAD_STARTS.has(first) || AR_BAD_STARTS.has(f2) || ["ذلك", "هذا", "هذه", "تلك", "هؤلاء"].includes(second))
        bad.add(s.idx);
    } else if (EN_BAD_STARTS.has(first)) bad.add(s.idx);
    // a line that does not end as a sentence does (a sub-headline, a standfirst, a caption, a fact box) is not body text
    const next = c.sentences[s.idx + 1];
    if ((!next || next.para !== s.para) && !/[.!?؟…"»”'’)\]]\s*$/u.test(s.text) && wordCount(s.text) <= 40)
      bad.add(s.idx);
    // questions in the text, markup, or URLs make poor prompts
    if (/[?؟]\s*["»”]?$/u.test(s.text)) bad.add(s.idx);
    if (/<\/?[a-zA-Z][^<>]{0,200}>|&[a-z]{2,6};|https?:\/\/|www\./u.test(s.text)) bad.add(s.idx);
  }
  return bad;
}

const EN_PRONOUN_START =
  /^(?:It|He|She|They|This|These|(?:That|Those)(?=\s+(?:same\s+)?(?:year|day|month|week|summer|winter|spring|autumn|decade|morning|evening|night|time)\b))\b/u;
/** "In 2002 it was renamed …": a short time/place phrase, then the pronoun subject */
const EN_PRONOUN_AFTER_LEAD =
  /^(?:In|On|By|Since|During|After|Before|Later|Then|At)\b[^,.;]{0,40}?,?\s+(it|he|she|they)\b/u;

/**
 * English sentences opening with a personal pronoun ("It also creates …", "They married on …") were skipped. When the
 * previous sentence of the same paragraph can stand as context they are kept: "It"/"He"/"She" becomes "It [the X]"
 * when that sentence opens with a named entity of a fitting kind, otherwise the previous sentence is shown first.
 * Connective-initial sentences ("However, …") stay skipped. Linear: one look back per sentence.
 */
/**
 * The person an English article is about (an obituary's subject, a profile's interviewee): mentioned at least three
 * times and at least twice as often as anyone else. An unresolved "he"/"she" is taken to mean them.
 */
function dominantPerson(c: Ctx): string | null {
  // surnames carry most mentions ("Marsk joined …"), and a tagger misses many of them: count each full name's last
  // word in the whole text (one pass over the words)
  const words = new Map<string, number>();
  for (const w of c.text.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? []) words.set(w, (words.get(w) ?? 0) + 1);
  const n = new Map<string, number>();
  for (const sp of c.ex.spans) {
    if (sp.kind !== "person" || n.has(sp.norm)) continue;
    const name = (c.displayName.get(sp.norm) ?? sp.text).trim();
    const last = name.split(/\s+/u).pop() ?? "";
    if (!/\s/u.test(name) || last.length < 3) continue;
    n.set(sp.norm, words.get(last) ?? 0);
  }
  const top = [...n.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (top.length === 0 || top[0]![1] < 3 || (top[1] && top[1][1] * 2 > top[0]![1])) return null;
  const name = c.displayName.get(top[0]![0]) ?? top[0]![0];
  return plausiblePerson(c, name) ? name : null;
}

const EN_HE_SHE = /\b(?:he|she|He|She)\b/u;

function resolvePronounStarts(c: Ctx): void {
  const dominant = ar(c) ? null : dominantPerson(c);
  for (const s of c.sentences) {
    if (s.idx === 0) continue;
    if (ar(c)) {
      // «وهي أول زيارة …», «وهو ما …»: shown after the previous sentence, which says who «هو/هي» is
      if (!c.badStart.has(s.idx)) continue;
      const toks = c.infos[s.idx]?.toks ?? [];
      if (toks.length < 4 || !/^[وف]?(?:هو|هي|هم|هما)$/u.test(toks[0]!.n)) continue;
      if (["ذلك", "هذا", "هذه", "تلك", "هؤلاء"].includes(toks[1]?.n ?? "")) continue;
      if (/[?؟]\s*["»”]?$/u.test(s.text) || /<\/?[a-zA-Z][^<>]{0,200}>|&[a-z]{2,6};|https?:\/\/|www\./u.test(s.text))
        continue;
      const prev = c.sentences[s.idx - 1]!;
      if (prev.para !== s.para || prev.end > s.start || c.badStart.has(prev.idx) || c.pron.has(prev.start)) continue;
      if (wordCount(prev.text) > 40 || wordCount(prev.text) + wordCount(s.text) > 70) continue;
      c.pron.set(s.start, { mode: "prev", lead: prev.text.trim() });
      c.badStart.delete(s.idx);
      continue;
    }
    const ml = c.badStart.has(s.idx) ? null : EN_PRONOUN_AFTER_LEAD.exec(s.text);
    const m0 = c.badStart.has(s.idx) ? EN_PRONOUN_START.exec(s.text) : null;
    if (!m0 && !ml) {
      // "Because wood was expensive, she fired it …": a he/she with no name before it in its sentence
      const mh = c.badStart.has(s.idx) ? null : EN_HE_SHE.exec(s.text);
      if (!mh) continue;
      const named = (c.bySent.get(s.idx) ?? []).some((x) => x.kind === "person" && x.start < s.start + mh.index);
      if (named) continue;
      if (dominant && !normContains(s.text, dominant))
        c.pron.set(s.start, { mode: "bracket", at: s.start + mh.index + mh[0].length, ante: dominant });
      else if (!dominant) c.badStart.add(s.idx);
      continue;
    }
    const pw = ml ? ml[1]! : m0![0];
    const pr = pw.charAt(0).toUpperCase() + pw.slice(1);
    const pronEnd = s.start + (ml ? ml[0].length : pw.length);
    // only the pronoun made it a bad start (not a trailing question mark, markup …)
    if (/[?؟]\s*["»”]?$/u.test(s.text) || /<\/?[a-zA-Z][^<>]{0,200}>|&[a-z]{2,6};|https?:\/\/|www\./u.test(s.text))
      continue;
    const prev = c.sentences[s.idx - 1]!;
    if (prev.para !== s.para || prev.end > s.start) {
      // a paragraph opening with "He …"/"After …, she …": the article's main person, or no question on it
      if (dominant && (pr === "He" || pr === "She") && wordCount(s.text) >= 4) {
        c.pron.set(s.start, { mode: "bracket", at: pronEnd, ante: dominant });
        c.badStart.delete(s.idx);
      } else if (ml) c.badStart.add(s.idx);
      continue;
    }
    if (wordCount(s.text) < 4) continue;
    // a named subject opening the previous sentence ("The Harbor Act sets …", "Ada Lindgren was …")
    const first = (c.bySent.get(prev.idx) ?? []).find((x) => x.start >= prev.start && x.start - prev.start <= 4);
    const lead = first ? c.text.slice(prev.start, first.start) : "";
    const prevP = c.pron.get(prev.start);
    let ante: string | null = null;
    if (
      first &&
      /^(?:the\s+)?$/iu.test(lead) &&
      !/^\s*(?:'s|’s|,\s*(?:and|or)\b)/u.test(c.text.slice(first.end, first.end + 6))
    ) {
      const person = first.kind === "person";
      if ((pr === "He" || pr === "She") && person) ante = c.displayName.get(first.norm) ?? first.text;
      else if (pr === "It" && (first.kind === "org" || first.kind === "quoted" || first.kind === "place")) {
        // the whole capitalised name ("The Harbor Trust" when the span is "Harbor")
        const np =
          first.kind === "quoted"
            ? null
            : /^\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+(?:(?:of|and|for|the)\s+)?\p{Lu}[\p{L}\p{N}'’.-]*)*/u.exec(
                c.text.slice(first.start, prev.end),
              );
        const name = np && np[0].length >= first.end - first.start ? np[0].replace(/[.’']+$/u, "") : first.text;
        ante = lead.trim() ? `the ${name}` : name;
      }
    } else if (
      prevP &&
      prevP.mode === "bracket" &&
      c.text.slice(prevP.at - pr.length, prevP.at).toLowerCase() === pr.toLowerCase()
    ) {
      ante = prevP.ante; // "It … . It …": the same subject carried on
    }
    // the article's main person, when the previous sentence names no one else
    if (
      !ante &&
      dominant &&
      (pr === "He" || pr === "She") &&
      !(c.bySent.get(prev.idx) ?? []).some(
        (x) => x.kind === "person" && (c.displayName.get(x.norm) ?? x.text) !== dominant,
      )
    )
      ante = dominant;
    if (ante && ante.length <= 80) {
      c.pron.set(s.start, { mode: "bracket", at: pronEnd, ante });
    } else {
      // the previous sentence itself must be readable on its own and short enough to show
      // the previous sentence may itself need its own previous one ("… 1894. That year she met X. They married …")
      const lead = prevP
        ? (prevP.mode === "prev" ? prevP.lead + " " : "") + (prevP.mode === "bracket" ? "" : prev.text.trim())
        : prev.text.trim();
      // "A and B presented … . He was best known …": two people before "he" leave it ambiguous
      const prevPeople = new Set(
        (c.bySent.get(prev.idx) ?? []).filter((x) => x.kind === "person").map((x) => aliasOf(c, x.norm)),
      );
      if ((pr === "He" || pr === "She") && prevPeople.size >= 2) {
        if (ml) c.badStart.add(s.idx);
        continue;
      }
      if (
        c.badStart.has(prev.idx) ||
        (prevP && prevP.mode !== "prev") ||
        wordCount(prev.text) > 40 ||
        wordCount(lead) + wordCount(s.text) > 70
      ) {
        // "In the Dáil he was best known …" with no one to point "he" at: not a stem on its own
        if (ml) c.badStart.add(s.idx);
        continue;
      }
      c.pron.set(s.start, { mode: "prev", lead });
    }
    c.badStart.delete(s.idx);
  }
}

function computeArticleFacts(c: Ctx): void {
  // the headline: the first of the opening lines with four words or more (a section label or a link-box line may come first)
  const opening = c.text
    .split(/\n/u)
    .filter((l) => l.trim().length > 0)
    .slice(0, 3);
  const firstLine = opening.find((l) => wordCount(l) >= 4) ?? opening[0] ?? "";
  c.titleNorm = normalizeForMatch(firstLine.slice(0, 300));
  const freq = new Map<string, number>();
  for (const sp of c.ex.spans) {
    const k = aliasOf(c, sp.norm);
    freq.set(k, (freq.get(k) ?? 0) + 1);
  }
  c.entityFreq = freq;
  let best = "";
  let bestN = 1;
  for (const sp of c.ex.spans) {
    if (sp.kind !== "person" && sp.kind !== "org" && sp.kind !== "place" && sp.kind !== "quoted") continue;
    const k = aliasOf(c, sp.norm);
    const n = freq.get(k) ?? 0;
    if (n > bestN || (n === bestN && best && k < best)) {
      best = k;
      bestN = n;
    }
  }
  c.topic = best;
  for (const sp of c.ex.spans)
    if (sp.kind === "date" && sp.value) c.maxYear = Math.max(c.maxYear, Math.floor(sp.value / 10000));
  // centrality: the share of a sentence's content words that recur elsewhere in the article or in its headline
  const df = new Map<string, number>();
  const wordsOf = (t: string) => [
    ...new Set(
      normalizeForMatch(t)
        .split(" ")
        .filter((w) => w.length > 3 && !/^[0-9]/u.test(w)),
    ),
  ];
  const sw = c.sentences.map((s) => wordsOf(s.text));
  for (const ws of sw) for (const w of ws) df.set(w, (df.get(w) ?? 0) + 1);
  const title = new Set(wordsOf(c.titleNorm));
  c.centrality = new Map();
  sw.forEach((ws, i) => {
    if (ws.length === 0) return c.centrality.set(i, 0);
    const hits = ws.filter((w) => (df.get(w) ?? 0) >= 3 || title.has(w)).length;
    c.centrality.set(i, hits / ws.length);
  });
}

/** The first sentence that carries the article's news (not a heading, byline or dateline): its main event. */
export function leadSentence(c: Ctx): number {
  for (const s of c.sentences) if (!c.badStart.has(s.idx) && wordCount(s.text) >= 8) return s.idx;
  return -1;
}

/**
 * An Arabic name that ran on into the next word loses that word: a place with its preposition («X بمدينة» of «جامعة
 * X بمدينة», where «مدينة» is a place of the article) or a noun with a possessive suffix whose bare form the article uses («Y Z قراره»: his
 * decision). A name left with one word was a fragment and goes, and so does a name inside a place named after
 * someone. (Written forms are read as in the text: normalising
 * turns «ة» into «ه», and «سلامة» is a family name.)
 */
function trimGluedNames(spans: Span[], roles: Map<string, string>, text: string): Span[] {
  const places = new Set(spans.filter((x) => x.kind === "place").map((x) => x.norm));
  let words: Set<string> | null = null;
  const glued = (raw: string): boolean => {
    const w = raw.replace(/[\u064B-\u0652]/gu, "");
    const n = normalizeForMatch(w);
    if (/^[بل]/u.test(n) && places.has(n.slice(1))) return true;
    const m = /^(\p{L}{3,}?)(?:ه|ها|هم|هما)$/u.exec(w);
    if (!m || /^ال/u.test(w) || /الله$|^طه$/u.test(w)) return false;
    words ??= new Set(normalizeForMatch(text).split(" "));
    const stem = normalizeForMatch(m[1]!);
    return words.has(stem) || words.has("ال" + stem);
  };
  const out: Span[] = [];
  for (const sp of spans) {
    if (sp.kind !== "person") {
      out.push(sp);
      continue;
    }
    // the name inside a place's name (a hospital, airport or university named after someone) is no person of the article
    if (AR_NAMED_AFTER.test(text.slice(Math.max(0, sp.start - 40), sp.start))) continue;
    const toks = sp.text.trim().split(/\s+/u);
    let k = toks.length;
    while (k > 1 && glued(toks[k - 1]!)) k--;
    if (k === toks.length) {
      out.push(sp);
      continue;
    }
    if (k < 2) continue;
    const t = sp.text.slice(0, sp.text.lastIndexOf(toks[k - 1]!) + toks[k - 1]!.length);
    const norm = normalizeForMatch(t);
    const role = roles.get(sp.norm);
    if (role !== undefined && !roles.has(norm)) roles.set(norm, role);
    out.push({ ...sp, text: t, end: sp.start + t.length, norm });
  }
  return out;
}

/** Sentences, spans and article-level facts: everything the builders read. Null when the text has no sentence. */
export function analyse(text: string, lang: Language, seedKey: string): Ctx | null {
  clearNormalizeCache();
  let sentences = splitSentences(text, lang);
  if (sentences.length === 0) return null;
  if (sentences.length > MAX_SENTENCES) {
    // evenly spaced sample keeps huge inputs bounded
    const step = sentences.length / MAX_SENTENCES;
    const picked: Sentence[] = [];
    for (let k = 0; k < MAX_SENTENCES; k++) picked.push(sentences[Math.floor(k * step)]!);
    sentences = picked.map((s, i) => ({ ...s, idx: i }));
  }
  const infos: SentenceInfo[] = [];
  const ex = extractAll(sentences, lang, infos);
  // a figure inside a fraction, a score or a code ("5-1/2 hours", "3/4", "A-320/2") is no quantity of its own
  ex.spans = ex.spans.filter(
    (sp) =>
      !(
        (sp.kind === "number" || sp.kind === "percent") &&
        (/[/\\]/u.test(text[sp.start - 1] ?? "") || /^[/\\]\s*[0-9]/u.test(text.slice(sp.end, sp.end + 2)))
      ),
  );
  if (lang === "ar") ex.spans = trimGluedNames(ex.spans, ex.roles, text);
  const bySent = new Map<number, Span[]>();
  for (const sp of ex.spans) {
    const arr = bySent.get(sp.sent) ?? [];
    arr.push(sp);
    bySent.set(sp.sent, arr);
  }
  const displayName = new Map<string, string>();
  for (const sp of ex.spans)
    if (sp.kind === "person" && !displayName.has(sp.norm) && sp.norm.includes(" ") && /\s/u.test(sp.text.trim()))
      displayName.set(sp.norm, sp.text);
  for (const sp of ex.spans) if (sp.kind === "person" && !displayName.has(sp.norm)) displayName.set(sp.norm, sp.text);
  const seed = hashInt(fnv1a(text) + "|" + lang + "|" + seedKey);
  const c: Ctx = {
    text,
    lang,
    seed,
    sentences,
    infos,
    ex,
    bySent,
    badStart: new Set(),
    displayName,
    pron: new Map(),
    meta: new Map(),
    titleNorm: "",
    entityFreq: new Map(),
    topic: "",
    centrality: new Map(),
    maxYear: 0,
  };
  computeArticleFacts(c);
  c.badStart = computeBadStarts(c);
  resolvePronounStarts(c);
  return c;
}
