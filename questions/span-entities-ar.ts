// Arabic people (title cues, nasab «بن», roles, ruler epithets), organisations and places.
import type { Sentence } from "./sentences";
import { normalizeForMatch } from "./normalize";
import {
  AR_COUNTRIES,
  AR_COUNTRIES_2,
  AR_GIVEN_NAMES,
  AR_MONTHS,
  AR_NOT_NAME,
  AR_ORG_CUES,
  AR_PERSON_HEADS,
  AR_PERSON_TITLES,
  AR_PLACE_CUES,
  AR_SPEECH_VERBS,
} from "./lexicon";
import { type Span, type Token, gapClean, hasDef, isArabicWord, rawPrefixLen, stripPrefix } from "./span-common";
import { headCategory } from "./span-quotes";

const AR_AMBIGUOUS_COUNTRIES = new Set(["مالي", "عمان", "المغرب", "تشاد", "جورجيا"]);
const AR_WEEKDAYS = new Set([
  "الاحد",
  "الاثنين",
  "الثلاثاء",
  "الاربعاء",
  "الخميس",
  "الجمعه",
  "السبت",
  "اليوم",
  "امس",
  "غدا",
]);
const NAME_LINKS = new Set(["بن", "ابن", "بنت", "ابو", "ابي", "ام", "عبد", "ال"]);
const NAME_DEF_OK = new Set([
  "الدين",
  "الدوله",
  "الله",
  "الاسلام",
  "الرحمن",
  "الرحيم",
  "الملك",
  "الحق",
  "الاول",
  "الثاني",
  "الثالث",
  "الرابع",
  "الخامس",
  "السادس",
  "السابع",
  "الثامن",
  "التاسع",
  "العاشر",
  "الكبير",
  "الصغير",
]);
/** Definite words that open a two-word family name ("الحاج علي"). */
const AR_FAMILY_PREFIX = new Set(["الحاج", "الشيخ"].map((w) => normalizeForMatch(w)));
const RE_PARTICLE_WORD = /^(?:[بلوف])?(?:ان|انه|انها|انهم|انهما|لان|كان|كانت|لكن|لكنه|لكنها)$/u;

export function nameTokenOk(tok: Token, prevN: string): boolean {
  const n = tok.n;
  if (/[\u064B\u064C\u064D]/u.test(tok.raw)) return false; // tanween: an indefinite noun/adverb, not a name
  if (!isArabicWord(tok.raw.replace(/[\u064B-\u065F\u0670\u0640]/gu, ""))) return false;
  if (n.length < 2) return false;
  if (hasDef(n) && !(NAME_LINKS.has(prevN) || (NAME_DEF_OK.has(n) && prevN !== "") || prevN === "+family"))
    return false;
  if (AR_NOT_NAME.has(n) || AR_SPEECH_VERBS.has(n) || AR_SPEECH_VERBS.has(n.replace(/^[وف]/u, ""))) return false;
  if (RE_PARTICLE_WORD.test(n)) return false;
  // "بمجلسه", "ووزيره": a proclitic plus a pronoun suffix is a common noun, not a name
  if (/^[وبلف]/u.test(n) && /(?:ه|ها|هم|هما|هن)$/u.test(n) && n.length >= 5) return false;
  // an ordinal or "الدين" closes a name
  if (/^(?:الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|الكبير|الصغير)$/u.test(prevN))
    return false;
  if (AR_PERSON_TITLES.has(n) || AR_ORG_CUES.has(n) || AR_ORG_CUES.has(n.replace(/^[لبو]/u, ""))) return false;
  if (AR_PERSON_HEADS.has(n) && (prevN === "" || NAME_LINKS.has(prevN))) return false;
  if (AR_WEEKDAYS.has(n)) return false;
  if (AR_COUNTRIES.has(n) || AR_MONTHS.has(n)) return false;
  return true;
}

/** Index just past the name tokens starting at j (1–3 tokens, more with بن/ابن/عبد links). */
function scanName(text: string, toks: Token[], j: number, base: number): number {
  let k = j;
  let words = 0;
  let linked = false; // a بن/ابن/عبد link was used
  let afterLink = 0;
  while (k < toks.length && (k === j || gapClean(text, toks[k - 1]!.e, toks[k]!.s, base))) {
    const prevN = k > j ? toks[k - 1]!.n : "";
    const n = toks[k]!.n;
    const isLink = NAME_LINKS.has(n);
    if (linked && !isLink && afterLink >= 1) {
      // "محمد بن سلمان" ends here unless a family name / nisba follows ("العيبان", "الآبلي")
      if (!(hasDef(n) && !AR_NOT_NAME.has(n) && !AR_PERSON_TITLES.has(n) && afterLink === 1)) break;
      if (!nameTokenOk(toks[k]!, "ال")) break;
      k++;
      afterLink++;
      break;
    }
    // a family name with ال closes the name: "نمر النمر", "سعد الحريري", and after a father's name or a compound given
    // name "أحمد محمد العلي", "عبد الله الرويشد", "صلاح الدين الأيوبي"
    const familyOk =
      (k === j + 1 || (k === j + 2 && !hasDef(toks[j + 1]!.n)) || (k === j + 2 && NAME_DEF_OK.has(toks[j + 1]!.n))) &&
      !linked &&
      hasDef(n) &&
      !NAME_DEF_OK.has(n) &&
      nameTokenOk(toks[k]!, "+family");
    if (familyOk) {
      k++;
      // "منصف الحاج علي": الحاج/الشيخ opening a family name take the given name after them
      const nx = toks[k];
      if (
        nx &&
        AR_FAMILY_PREFIX.has(n) &&
        AR_GIVEN_NAMES.has(nx.n) &&
        gapClean(text, toks[k - 1]!.e, nx.s, base) &&
        // (normalised «على» reads «علي»: the raw word must not end in ى)
        !/ى$/u.test(nx.raw) &&
        !/[\u064B\u064C\u064D]/u.test(nx.raw)
      )
        k++;
      break;
    }
    if (!nameTokenOk(toks[k]!, prevN)) break;
    if (k > j && !isLink && /ة$/u.test(toks[k]!.raw.replace(/[\u064B-\u065F]/gu, "")) && !NAME_LINKS.has(prevN)) break;
    if (isLink && k > j && n !== "ال") {
      linked = true;
      afterLink = 0;
    } else if (linked) afterLink++;
    if (!isLink) words++;
    // four words, or one more right after بن/ابن ("صلاح الدين يوسف بن أيوب")
    if (words > 3 && !(linked && afterLink === 1)) break;
    k++;
  }
  // don't end on a link word ("بن")
  while (k > j && NAME_LINKS.has(toks[k - 1]!.n)) k--;
  return k;
}

const AR_RULER_TITLES = new Set(["السلطان", "الملك", "الخليفه", "الامير", "الامام"].map((w) => normalizeForMatch(w)));
/** فاعل-pattern words that describe rather than name: "the late", "the former", ordinals … */
const AR_NOT_EPITHETS = new Set(
  [
    "الراحل",
    "السابق",
    "الحالي",
    "القادم",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
    "الحاكم",
  ].map((w) => normalizeForMatch(w)),
);

export function extractArabicEntities(s: Sentence, toks: Token[], out: Span[], roles: Map<string, string>): void {
  const text = s.text;
  const used = new Array<boolean>(toks.length).fill(false);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // --- people: TITLE (+ definite modifiers) NAME{1,3}
    const tb = stripPrefix(t.n, AR_PERSON_TITLES);
    const hb = tb ? null : stripPrefix(t.n, AR_PERSON_HEADS);
    if (tb || hb) {
      let j = i + 1;
      let mods = 0;
      if (hb) {
        // idafa: the head needs a definite complement ("وزير الخارجية") or a proper noun followed by the name ("ملك قشتالة بيدرو")
        if (j < toks.length && hasDef(toks[j]!.n) && gapClean(text, toks[j - 1]!.e, toks[j]!.s, s.start)) {
          j++;
          mods++;
        } else if (
          j + 1 < toks.length &&
          gapClean(text, toks[j - 1]!.e, toks[j]!.s, s.start) &&
          nameTokenOk(toks[j]!, "") &&
          nameTokenOk(toks[j + 1]!, "") &&
          gapClean(text, toks[j]!.e, toks[j + 1]!.s, s.start) &&
          scanName(text, toks, j + 1, s.start) >= j + 3
        ) {
          j++;
          mods++;
        } else continue;
      }
      while (j < toks.length && mods < 4 && gapClean(text, toks[j - 1]!.e, toks[j]!.s, s.start)) {
        const n = toks[j]!.n;
        if ((hasDef(n) && !AR_PERSON_TITLES.has(n)) || (n.startsWith("لل") && n.length > 4)) {
          j++;
          mods++;
        } else if ((n === "باسم" || n === "بإسم" || n === "باسم") && j + 1 < toks.length) {
          j += 2;
          mods += 2;
        } else break;
      }
      let nameStart = j;
      const k = scanName(text, toks, j, s.start);
      // a ruler's epithet of the pattern الفاعل right before the name is part of the name, not of the role:
      // "السلطان المملوكي الظاهر X" → role "السلطان المملوكي", name "الظاهر X"
      if (
        tb &&
        k > nameStart &&
        mods >= 1 &&
        j - 1 > i &&
        AR_RULER_TITLES.has(tb[0]) &&
        /^ال[^ا]ا[^ا]{2}$/u.test(toks[j - 1]!.n) &&
        !AR_NOT_EPITHETS.has(toks[j - 1]!.n)
      ) {
        nameStart = j - 1;
      }
      // a name must not end in a bare particle-like token
      if (k > nameStart) {
        const ns = toks[nameStart]!.s;
        const ne = toks[k - 1]!.e;
        const name = text.slice(ns - s.start, ne - s.start);
        const rs = t.s + (tb ? rawPrefixLen(t.raw, tb[1]) : rawPrefixLen(t.raw, hb![1]));
        const role = text.slice(rs - s.start, toks[nameStart - 1]!.e - s.start);
        const norm = normalizeForMatch(name);
        if (!roles.has(norm)) roles.set(norm, role);
        out.push({ kind: "person", start: ns, end: ne, text: name, norm, sent: s.idx, role });
        for (let q = i; q < k; q++) used[q] = true;
        i = k - 1;
        continue;
      }
    }
    // --- "X بن Y" / "ابن X": a name without a title
    if (!used[i] && (t.n === "ابن" || (t.n === "بن" && i > 0 && !used[i - 1]))) {
      let st = i;
      if (t.n === "بن") {
        const p = toks[i - 1]!;
        if (!gapClean(text, p.e, t.s, s.start) || !nameTokenOk(p, "") || hasDef(p.n)) st = -1;
        else st = i - 1;
      } else if (
        i > 0 &&
        nameTokenOk(toks[i - 1]!, "") &&
        !hasDef(toks[i - 1]!.n) &&
        gapClean(text, toks[i - 1]!.e, t.s, s.start) &&
        !used[i - 1]
      ) {
        st = -1; // "X ابن Y" is handled when reaching a بن, or it's a verb before ابن
      }
      const nx = toks[i + 1];
      if (
        st >= 0 &&
        nx &&
        gapClean(text, t.e, nx.s, s.start) &&
        nameTokenOk(nx, t.n) &&
        !hasDef(nx.n) &&
        !/(?:ه|ها|هم)$/u.test(nx.n)
      ) {
        const k = scanName(text, toks, st, s.start);
        if (k > i + 1) {
          const ns = toks[st]!.s;
          const ne = toks[k - 1]!.e;
          const name = text.slice(ns - s.start, ne - s.start);
          out.push({ kind: "person", start: ns, end: ne, text: name, norm: normalizeForMatch(name), sent: s.idx });
          for (let q = st; q < k; q++) used[q] = true;
          i = k - 1;
          continue;
        }
      }
    }
    // --- organisations
    const ob = stripPrefix(t.n, AR_ORG_CUES);
    if (ob && !used[i]) {
      const cueStart = t.s + rawPrefixLen(t.raw, ob[1]);
      // quoted name right after the cue: صحيفة "لوموند"
      const after = text.slice(t.e - s.start, t.e - s.start + 3);
      if (/^\s?["«“]/u.test(after)) {
        continue; // handled as a quoted name with head category
      }
      let j = i + 1;
      // proper-name words right after the cue: "جامعة تورونتو", "مركز X للدراسات"
      let named = 0;
      while (
        j < toks.length &&
        named < 2 &&
        !hasDef(toks[j]!.n) &&
        !toks[j]!.n.startsWith("لل") &&
        gapClean(text, toks[j - 1]!.e, toks[j]!.s, s.start) &&
        nameTokenOk(toks[j]!, "") &&
        !/ه$/u.test(toks[j]!.n)
      ) {
        j++;
        named++;
      }
      while (
        j < toks.length &&
        j - i <= 5 &&
        (hasDef(toks[j]!.n) || (toks[j]!.n.startsWith("لل") && toks[j]!.n.length > 4)) &&
        !AR_PERSON_TITLES.has(toks[j]!.n) &&
        !AR_NOT_NAME.has(toks[j]!.n) &&
        gapClean(text, toks[j - 1]!.e, toks[j]!.s, s.start)
      )
        j++;
      if (j > i + 1) {
        const end = toks[j - 1]!.e;
        const name = text.slice(cueStart - s.start, end - s.start);
        out.push({
          kind: "org",
          start: cueStart,
          end,
          text: name,
          norm: normalizeForMatch(name),
          sent: s.idx,
          head: headCategory(ob[0], "ar"),
        });
        for (let q = i; q < j; q++) used[q] = true;
        i = j - 1;
        continue;
      }
    }
    // --- places: cue + name, or gazetteer
    const pb = stripPrefix(t.n, AR_PLACE_CUES);
    if (pb && i + 1 < toks.length && gapClean(text, t.e, toks[i + 1]!.s, s.start)) {
      const n1 = toks[i + 1]!.n;
      const raw1 = toks[i + 1]!.raw.replace(/[\u064B-\u065F\u0670\u0640]/gu, "");
      if (
        !hasDef(n1) &&
        !AR_NOT_NAME.has(n1) &&
        isArabicWord(raw1) &&
        n1.length >= 3 &&
        !/(?:ه|ها|هم|هما|كم|نا)$/u.test(raw1)
      ) {
        const tk = toks[i + 1]!;
        out.push({ kind: "place", start: tk.s, end: tk.e, text: tk.raw, norm: tk.n, sent: s.idx });
        used[i] = used[i + 1] = true;
        i = i + 1;
        continue;
      }
    }
    if (i + 1 < toks.length) {
      const two = t.n + " " + toks[i + 1]!.n;
      let p2: [string, number] | null = AR_COUNTRIES_2.has(two) ? [two, 0] : null;
      if (!p2) {
        for (const p of ["و", "ف", "ب", "ل"])
          if (two.startsWith(p) && AR_COUNTRIES_2.has(two.slice(1))) p2 = [two.slice(1), 1];
      }
      if (p2 && gapClean(text, t.e, toks[i + 1]!.s, s.start)) {
        const st = t.s + rawPrefixLen(t.raw, p2[1]);
        const en = toks[i + 1]!.e;
        const name = text.slice(st - s.start, en - s.start);
        out.push({ kind: "place", start: st, end: en, text: name, norm: normalizeForMatch(name), sent: s.idx });
        used[i] = used[i + 1] = true;
        i++;
        continue;
      }
    }
    const cb = stripPrefix(t.n, AR_COUNTRIES);
    // "مالي" / "عمان" / "المغرب" are also common words (Malian, financial, Amman, sunset): only after a preposition or و/ب
    const ambiguous =
      cb &&
      AR_AMBIGUOUS_COUNTRIES.has(cb[0]) &&
      cb[1] === 0 &&
      !(
        i > 0 &&
        (AR_PLACE_PREPS.has(toks[i - 1]!.n) ||
          /^(?:و|ب|ل)?(?:سلطنه|دوله|جمهوريه|مملكه|المملكه|اماره|حكومه|عاصمه|شمال|جنوب|شرق|غرب|وسط)$/u.test(
            toks[i - 1]!.n,
          ))
      );
    if (cb && !used[i] && !ambiguous) {
      const st = t.s + rawPrefixLen(t.raw, cb[1]);
      const name = text.slice(st - s.start, t.e - s.start);
      out.push({ kind: "place", start: st, end: t.e, text: name, norm: normalizeForMatch(name), sent: s.idx });
      used[i] = true;
    }
  }
  // acronyms: DGSE, NATO
  const acr = /(?<![\p{L}\p{N}])[A-Z][A-Z&]{1,7}(?![\p{L}\p{N}])/gu;
  let m: RegExpExecArray | null;
  while ((m = acr.exec(text)) !== null) {
    const st = s.start + m.index;
    if (out.some((sp) => sp.sent === s.idx && st < sp.end && st + m![0].length > sp.start)) continue;
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
}

export const AR_PLACE_PREPS = new Set([
  "في",
  "من",
  "الي",
  "عن",
  "نحو",
  "بين",
  "قرب",
  "داخل",
  "خارج",
  "وفي",
  "ومن",
  "والي",
  "مع",
  "علي",
  "ضد",
  "حول",
  "لدي",
  "و",
]);
