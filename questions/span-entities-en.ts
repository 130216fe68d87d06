// English people (with roles and titles), organisations and places, found with compromise.
import nlp from "compromise";
import type { Sentence } from "./sentences";
import { normalizeForMatch } from "./normalize";
import { EN_ROLE_CUES, EN_TITLES } from "./lexicon";
import type { Span, SpanKind, Token } from "./span-common";
import { SWEEP_FOR_VERSION, bulkMatch } from "./nlp-sweep";

export const EN_STRIP_EDGE = /^[\s"'“”‘’«»(\[]+|[\s"'“”‘’«»)\],.;:!?]+$/gu;

function cleanEdge(text: string, start: number, end: number): [number, number] {
  let a = start;
  let b = end;
  while (a < b && /[\s"'“”‘’«»(\[]/u.test(text[a]!)) a++;
  while (b > a && /[\s"'“”‘’«»)\],.;:!?]/u.test(text[b - 1]!)) b--;
  if (text.slice(a, b).endsWith("'s") || text.slice(a, b).endsWith("’s")) b -= 2;
  // "European Space Agency (ESA" → cut an unclosed bracket
  const open = text.lastIndexOf("(", b);
  if (open >= a && text.indexOf(")", open) >= b) {
    b = open;
    while (b > a && /\s/u.test(text[b - 1]!)) b--;
  }
  return [a, b];
}

const EN_ROLE_MODIFIERS = new Set(
  "former senior chief deputy foreign security defence defense finance transport health prime vice state structural political military economic leading veteran local regional national international interior justice trade energy education environment science research lead executive managing general assistant associate head acting".split(
    " ",
  ),
);

/** Role words before a name ("French President", "security expert") or in an appositive ("X, a structural expert at Y,"). */
function englishRole(text: string, a0: number, a: number, b: number, titleWords: string[]): string | undefined {
  void a;
  const before = text
    .slice(Math.max(0, a0 - 80), a0)
    .split(/\s+/u)
    .filter(Boolean);
  const words: string[] = [];
  // a title inside the name span ("Secretary Dana Holt") takes its modifiers from before it ("Commerce Secretary")
  const HONORIFIC = /^(?:mr|mrs|ms|miss|sir|dame|madam|dr)\.?$/iu;
  let sawCue = titleWords.some(
    (w) => !HONORIFIC.test(w) && (EN_ROLE_CUES.has(w.toLowerCase()) || EN_TITLES.has(w.toLowerCase())),
  );
  for (let i = before.length - 1; i >= 0 && words.length < 4; i--) {
    const w = before[i]!;
    if (!/^[A-Za-z][A-Za-z-]*$/u.test(w)) break;
    const lw = w.toLowerCase();
    if (EN_ROLE_CUES.has(lw) || EN_TITLES.has(lw)) {
      if (words.length > 0 && sawCue) break;
      sawCue = true;
      words.unshift(w);
    } else if (
      sawCue &&
      (EN_ROLE_MODIFIERS.has(lw) ||
        (/^\p{Lu}/u.test(w) && i > 0 && !/[.!?]$/u.test(before[i - 1]!)) ||
        (/^\p{Lu}/u.test(w) && i === 0))
    ) {
      if (/^(The|A|An|In|On|At|By|And|But|Under|Including|According)$/u.test(w)) break;
      words.unshift(w);
    } else break;
  }
  const all = [...words, ...titleWords].filter((w) => !/^(?:mr|mrs|ms|miss|sir|dame|madam)\.?$/iu.test(w));
  if (all.length > 0 && all.some((w) => EN_ROLE_CUES.has(w.toLowerCase()) || EN_TITLES.has(w.toLowerCase()))) {
    const r = all.join(" ");
    return r[0]!.toUpperCase() + r.slice(1);
  }
  const am = /^,\s+(?:a|an|the)\s+([^,;.]{3,60}?)(?=[,;.])/u.exec(text.slice(b, b + 80));
  if (am && am[1]!.split(/\s+/u).some((w) => EN_ROLE_CUES.has(w.toLowerCase()))) {
    const r = am[1]!.replace(/\s+(?:at|of|for|with|from|in)\s.*$/u, "");
    return r[0]!.toUpperCase() + r.slice(1);
  }
  return undefined;
}

/** Where compromise found people, organisations and places in one sentence (offsets into the sentence's text). */
interface Found {
  person: Hit[];
  org: Hit[];
  place: Hit[];
}
interface Hit {
  start: number;
  length: number;
}
type OffsetJson = Array<{ offset?: { start: number; length: number } }>;

/** Longer sentences are not tagged (compromise's cost grows with them, and they are rarely one clean sentence). */
const MAX_TAGGED = 1200;

/** compromise's results per sentence, filled by tagEnglishSentences for the sentences of one analysis. */
const tagged = new WeakMap<Sentence, Found>();

const noHits = (): Found => ({ person: [], org: [], place: [] });

/** compromise on one sentence alone: the fallback, and what tagEnglishSentences must reproduce. */
function tagOne(text: string): Found | null {
  let doc: ReturnType<typeof nlp>;
  try {
    doc = nlp(text);
  } catch {
    return null;
  }
  const found = noHits();
  try {
    found.person = hits(doc.people().json({ offset: true }) as OffsetJson);
    found.org = hits(doc.organizations().json({ offset: true }) as OffsetJson);
    found.place = hits(doc.places().json({ offset: true }) as OffsetJson);
  } catch {
    /* keep what was found before the error */
  }
  return found;
}

function hits(list: OffsetJson): Hit[] {
  const out: Hit[] = [];
  for (const it of list) if (it.offset) out.push({ start: it.offset.start, length: it.offset.length });
  return out;
}

interface CompromiseTerm {
  pre: string;
  text: string;
  post: string;
}
interface CompromiseInternals {
  one: { tokenize: { fromString: (text: string, world: unknown) => CompromiseTerm[][] } };
}

/**
 * Settings for the batch, restored afterwards. compromise's last hook groups terms into noun/verb chunks, which only
 * `.chunks()` and `<Noun>`-style matches read: people(), organizations() and places() use neither, so the batch skips
 * it (about a tenth of compromise's time). Its rule sweep is swapped for nlp-sweep.ts's faster one with the same
 * results (only for the compromise release that one reproduces).
 */
function batchSettings<T>(fn: () => T): T {
  const world = nlp.world() as unknown as { hooks: string[]; methods: { one: { bulkMatch: unknown } } };
  const hooks = world.hooks;
  const one = world.methods.one;
  const sweep = one.bulkMatch;
  world.hooks = hooks.filter((h) => h !== "chunks");
  if (nlp.version === SWEEP_FOR_VERSION) one.bulkMatch = bulkMatch;
  try {
    return fn();
  } finally {
    world.hooks = hooks;
    one.bulkMatch = sweep;
  }
}

/**
 * Runs compromise ONCE for all the sentences of an article instead of once per sentence (the per-call cost was most
 * of the English generator's time). Each sentence is tokenised on its own exactly as `nlp(sentence)` would, the
 * token lists are put in one document, and that document is tagged in one pass; compromise tags sentence by
 * sentence (no hook looks across sentences), so every sentence gets the tags it gets alone. Hits are mapped back by
 * character offset. Sentences without a capital letter are skipped (every span kept below starts with one), and a
 * sentence whose text came earlier in the article is tagged once (same text, same tags). On any error nothing is
 * recorded, and extractEnglishEntities tags sentence by sentence as before.
 */
export function tagEnglishSentences(sentences: readonly Sentence[]): void {
  try {
    const methods = nlp.methods() as unknown as CompromiseInternals;
    const world = nlp.world();
    const picked: Sentence[] = [];
    const bases: number[] = []; // where each picked sentence starts in the joined document
    const document: Array<{ terms: CompromiseTerm[] }> = [];
    const byText = new Map<string, number>(); // a sentence's text → its index in picked
    const repeats: Array<[Sentence, number]> = [];
    let elapsed = 0;
    for (const s of sentences) {
      if (s.text.length > MAX_TAGGED || !/\p{Lu}/u.test(s.text)) {
        tagged.set(s, noHits());
        continue;
      }
      const earlier = byText.get(s.text);
      if (earlier !== undefined) {
        repeats.push([s, earlier]);
        continue;
      }
      byText.set(s.text, picked.length);
      picked.push(s);
      bases.push(elapsed);
      for (const terms of methods.one.tokenize.fromString(s.text, world)) {
        document.push({ terms });
        for (const t of terms) elapsed += t.pre.length + t.text.length + t.post.length;
      }
    }
    bases.push(elapsed);
    const found = picked.map(noHits);
    if (document.length > 0) {
      const doc = batchSettings(() => nlp(document as unknown as Parameters<typeof nlp>[0]));
      const place = (kind: keyof Found, list: OffsetJson) => {
        let k = 0;
        for (const h of hits(list)) {
          while (k + 1 < picked.length && h.start >= bases[k + 1]!) k++;
          found[k]![kind].push({ start: h.start - bases[k]!, length: h.length });
        }
      };
      // Only the offsets (computed once for the document): People.json would parse every name and recompute the
      // whole document's offsets once per person. Same matches, same order, same offsets.
      const only = { offset: true, text: false, terms: false } as object;
      const offsets = (v: { toView: (p: null) => { json: (o: object) => unknown } }) =>
        v.toView(null).json(only) as OffsetJson;
      place("person", offsets(doc.people()));
      place("org", offsets(doc.organizations()));
      place("place", offsets(doc.places()));
    }
    picked.forEach((s, i) => tagged.set(s, found[i]!));
    for (const [s, i] of repeats) tagged.set(s, found[i]!);
  } catch {
    for (const s of sentences) tagged.delete(s);
  }
}

export function extractEnglishEntities(s: Sentence, toks: Token[], out: Span[], roles: Map<string, string>): void {
  const text = s.text;
  if (text.length > MAX_TAGGED) return;
  const found = tagged.get(s) ?? tagOne(text);
  if (!found) return;
  const add = (kind: SpanKind, list: Hit[]) => {
    for (const it of list) {
      let [a, b] = cleanEdge(text, it.start, it.start + it.length);
      if (b <= a) continue;
      let role: string | undefined;
      if (kind === "person") {
        // leading titles belong to the role, not the name
        const a0 = a;
        const titleWords: string[] = [];
        for (;;) {
          const mm = /^([A-Za-z]+\.?)\s+/u.exec(text.slice(a, b));
          if (!mm || !EN_TITLES.has(mm[1]!.toLowerCase().replace(/\.$/u, ""))) break;
          titleWords.push(mm[1]!);
          a += mm[0].length;
        }
        // "Acme's Lena Ortiz" → "Lena Ortiz"
        const poss = /^[^\s]+['’]s\s+/u.exec(text.slice(a, b));
        if (poss && b - a > poss[0].length + 2) a += poss[0].length;
        if (!/^\p{Lu}/u.test(text.slice(a, b))) continue;
        if (
          /\b(?:Nebula|Galaxy|Quintet|Cluster|Telescope|Act|Institute|University|College|Street|Avenue|River|Mountain|Lake|Bay|Park|Prize|Award|Foundation|Company|Corporation|Party|Agency|Office|Department|Ministry|Council|Committee|Bank|Airport|Station|Hospital|Museum|Square|Bridge|Island|Islands|Ocean|Sea|Valley|Desert|Festival|Cup|League|Club)$/u.test(
            text.slice(a, b),
          )
        )
          continue;
        if (
          /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|god)$/iu.test(
            text.slice(a, b),
          )
        )
          continue;
        role = englishRole(text, a0, a, b, titleWords);
      }
      const t = text.slice(a, b);
      if (t.length < 2 || t.length > 60) continue;
      if (kind !== "person" && !/^\p{Lu}/u.test(t)) continue;
      if (kind === "place" && /^[A-Z\s]{6,}$/u.test(t)) continue; // "WASHINGTON" dateline
      if (out.some((sp) => sp.sent === s.idx && s.start + a < sp.end && s.start + b > sp.start)) continue;
      const norm = normalizeForMatch(t);
      if (kind === "person" && role && !roles.has(norm)) roles.set(norm, role);
      out.push({ kind, start: s.start + a, end: s.start + b, text: t, norm, sent: s.idx, role });
    }
  };
  try {
    add("person", found.person);
    add("org", found.org);
    add("place", found.place);
  } catch {
    /* ignore */
  }
  const acr = /(?<![\p{L}\p{N}])[A-Z][A-Z&]{1,7}(?:[ -][0-9]{1,5}(?![.,]?[0-9]))?(?![\p{L}\p{N}])/gu;
  let m: RegExpExecArray | null;
  while ((m = acr.exec(text)) !== null) {
    const st = s.start + m.index;
    if (out.some((sp) => sp.sent === s.idx && st < sp.end && st + m![0].length > sp.start)) continue;
    if (/^(I|A|AM|PM|AD|BC|OK|TV)$/u.test(m[0])) continue;
    out.push({
      kind: "org",
      start: st,
      end: st + m[0].length,
      text: m[0],
      norm: normalizeForMatch(m[0]),
      sent: s.idx,
      head: "acronym",
    });
  }
  void toks;
}
