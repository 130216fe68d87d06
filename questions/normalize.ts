// Normalisation for MATCHING only (never for display).
// NFKC, strip bidi / zero-width marks, tatweel and Arabic diacritics, unify alef forms, ى→ي, ة→ه,
// Arabic-Indic / Persian digits → ASCII, lower-case, quotes dropped, other punctuation → space, spaces collapsed.
// NFD is deliberately avoided: NFKC is applied per base character + its combining marks, which keeps an offset map.

export interface NormalizedWithMap {
  /** The normalised text. */
  text: string;
  /** map[i] = UTF-16 offset in the original string of the code point that produced text[i]; map[text.length] = original length. */
  map: number[];
}

function isStripped(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) || // harakat, tanween, shadda, sukun, hamza above/below marks
    c === 0x0670 || // superscript alef
    (c >= 0x06d6 && c <= 0x06ed) || // Quranic annotation marks
    c === 0x0640 || // tatweel
    (c >= 0x200b && c <= 0x200f) || // zero-width space/joiners, LRM, RLM
    (c >= 0x202a && c <= 0x202e) || // bidi embeddings / overrides
    (c >= 0x2066 && c <= 0x2069) || // bidi isolates
    c === 0x2060 || // word joiner
    c === 0xfeff || // BOM / ZWNBSP
    c === 0x061c || // Arabic letter mark
    c === 0x00ad || // soft hyphen
    c === 0x034f // combining grapheme joiner
  );
}

const QUOTE_CHARS = new Set(Array.from("\"'«»“”„‟‘’‚‛‹›〝〞＂`´"));

function mapChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (ch.length === 1) {
    if (isStripped(c)) return "";
    switch (c) {
      case 0x0623: // أ
      case 0x0625: // إ
      case 0x0622: // آ
      case 0x0671: // ٱ
      case 0x0672:
      case 0x0673:
        return "ا";
      case 0x0649: // ى
      case 0x06cc: // Persian yeh
        return "ي";
      case 0x0629: // ة
        return "ه";
      case 0x06a9: // Persian keheh
        return "ك";
      case 0x066a: // ٪
        return "%";
      case 0x066b: // Arabic decimal separator
        return ".";
      case 0x066c: // Arabic thousands separator
        return ",";
    }
    if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(48 + c - 0x0660);
    if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(48 + c - 0x06f0);
  }
  return ch.toLowerCase();
}

const RE_SPACE = /\s/u;
const RE_PUNCT = /[\p{P}]/u;
const RE_MARK = /\p{M}/u;
const RE_DIGIT = /[0-9]/;

// ASCII classes: 0 keep (lower-cased), 1 space, 2 quote (dropped), 3 punctuation (→ space, except . , between digits)
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (c <= 32 || c === 127) ASCII_CLASS[c] = /\s/u.test(ch) ? 1 : c === 0 ? 3 : 3;
  else if (QUOTE_CHARS.has(ch)) ASCII_CLASS[c] = 2;
  else if (ch !== "%" && /\p{P}/u.test(ch)) ASCII_CLASS[c] = 3;
  else ASCII_CLASS[c] = 0;
}
// control chars other than whitespace become spaces as well (class 3)

// Arabic block fast table: 0 = general path, 1 = strip, otherwise the replacement code unit
const AR_FAST = new Uint16Array(256);
for (let k = 0; k < 256; k++) {
  const code = 0x0600 + k;
  const ch = String.fromCharCode(code);
  if (isStripped(code)) AR_FAST[k] = 1;
  else if (
    (code >= 0x0621 && code <= 0x064a) ||
    (code >= 0x0660 && code <= 0x0669) ||
    (code >= 0x06f0 && code <= 0x06f9) ||
    code === 0x0671 ||
    code === 0x06cc ||
    code === 0x06a9
  ) {
    const m = mapChar(ch);
    AR_FAST[k] = m.length === 1 ? m.charCodeAt(0) : 0;
  }
}

function isFastNext(c: number): boolean {
  // the following code unit cannot be a (non-stripped) combining mark that NFKC would compose
  return c < 0x0300 || (c >= 0x0600 && c < 0x0700 && !(c >= 0x0610 && c <= 0x061a)) || (c >= 0x0370 && c < 0x0483);
}

/** Normalise and keep, for each output char, the offset of the original char that produced it. */
export function normalizeWithMap(input: string): NormalizedWithMap {
  return normalizeImpl(input, true);
}

class NoMap {
  length = 0;
  push(_n: number): void {
    this.length++;
  }
  pop(): void {
    this.length--;
  }
}

function normalizeImpl(input: string, withMap: boolean): NormalizedWithMap {
  const out: string[] = [];
  const map = (withMap ? [] : new NoMap()) as number[];
  const s = typeof input === "string" ? input : String(input ?? "");
  let i = 0;
  const n = s.length;
  let lastWasSpace = true; // suppress leading spaces
  const pushSpace = (at: number) => {
    if (!lastWasSpace) {
      out.push(" ");
      map.push(at);
      lastWasSpace = true;
    }
  };
  while (i < n) {
    const c0 = s.charCodeAt(i);
    const next = i + 1 < n ? s.charCodeAt(i + 1) : 0;
    // fast paths: ASCII and Arabic-block letters followed by no composable mark
    if (c0 < 0x80 && isFastNext(next)) {
      const cls = ASCII_CLASS[c0]!;
      if (cls === 0) {
        out.push(c0 >= 65 && c0 <= 90 ? String.fromCharCode(c0 + 32) : s[i]!);
        map.push(i);
        lastWasSpace = false;
      } else if (cls === 1) pushSpace(i);
      else if (cls === 3) {
        const prev = out.length > 0 ? out[out.length - 1]!.charCodeAt(0) : 0;
        const nd =
          next >= 48 && next <= 57 ? true : (next >= 0x0660 && next <= 0x0669) || (next >= 0x06f0 && next <= 0x06f9);
        if ((c0 === 46 || c0 === 44) && prev >= 48 && prev <= 57 && nd) {
          out.push(s[i]!);
          map.push(i);
          lastWasSpace = false;
        } else pushSpace(i);
      }
      i++;
      continue;
    }
    if (c0 >= 0x0600 && c0 < 0x0700 && isFastNext(next) && !(c0 >= 0x0610 && c0 <= 0x061a)) {
      const fm = AR_FAST[c0 - 0x0600]!;
      if (fm === 1) {
        i++;
        continue;
      }
      if (fm > 1) {
        out.push(String.fromCharCode(fm));
        map.push(i);
        lastWasSpace = false;
        i++;
        continue;
      }
      const m = mapChar(s[i]!);
      if (m.length === 1) {
        const mc = m.charCodeAt(0);
        if (mc >= 0x0621 && mc <= 0x064a) {
          out.push(m);
          map.push(i);
          lastWasSpace = false;
          i++;
          continue;
        }
        if (mc >= 48 && mc <= 57) {
          out.push(m);
          map.push(i);
          lastWasSpace = false;
          i++;
          continue;
        }
      } else if (m.length === 0) {
        i++;
        continue;
      }
      // other Arabic-block chars (punctuation etc.) take the general path
    }
    // general path: one cluster = a code point + following combining marks
    const start = i;
    const cp = s.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    while (i < n) {
      const c2 = s.codePointAt(i)!;
      const ch2 = String.fromCodePoint(c2);
      if (!RE_MARK.test(ch2) || isStripped(c2)) break;
      i += c2 > 0xffff ? 2 : 1;
    }
    let cluster = s.slice(start, i);
    if (cluster.length > 1 || cp > 0x7f) {
      try {
        cluster = cluster.normalize("NFKC");
      } catch {
        /* lone surrogates etc. */
      }
    }
    for (const ch of cluster) {
      const m = mapChar(ch);
      if (m === "") continue;
      for (const mc of m) {
        if (RE_SPACE.test(mc) || (mc.length === 1 && mc.charCodeAt(0) < 32)) {
          pushSpace(start);
          continue;
        }
        if (QUOTE_CHARS.has(mc)) continue;
        if (mc !== "%" && RE_PUNCT.test(mc)) {
          // keep '.' and ',' between digits (3.5, 200,000)
          const prev = out.length > 0 ? out[out.length - 1]! : "";
          const nx = s.slice(i, i + 1);
          const nextM = nx ? mapChar(nx) : "";
          if ((mc === "." || mc === ",") && RE_DIGIT.test(prev) && RE_DIGIT.test(nextM)) {
            out.push(mc);
            map.push(start);
            lastWasSpace = false;
            continue;
          }
          pushSpace(start);
          continue;
        }
        out.push(mc);
        map.push(start);
        lastWasSpace = false;
      }
    }
  }
  // trim trailing space
  while (out.length > 0 && out[out.length - 1] === " ") {
    out.pop();
    map.pop();
  }
  map.push(s.length);
  return { text: out.join(""), map };
}

const cache = new Map<string, string>();

/** Drop memoised normalisations (called at the start of each generateQuestions run to keep memory bounded). */
export function clearNormalizeCache(): void {
  cache.clear();
}

/** Normalised form of `text` for comparisons (never for display). */
export function normalizeForMatch(text: string): string {
  if (typeof text !== "string") return "";
  const short = text.length <= 4000;
  if (short) {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
  }
  let r: string;
  try {
    r = normalizeImpl(text, false).text;
  } catch {
    r = "";
  }
  if (short) {
    if (cache.size > 20000) cache.clear();
    cache.set(text, r);
  }
  return r;
}

const AR_PREFIX_TOKENS = ["وال", "فال", "بال", "كال", "لل", "ال"];

/** Strip a leading و and the definite article from each token (for lenient typed-answer comparison). */
export function stripArabicClitics(normalized: string): string {
  return normalized
    .split(" ")
    .map((tok) => {
      let t = tok;
      for (const p of AR_PREFIX_TOKENS) {
        if (t.startsWith(p) && t.length - p.length >= 2) {
          t = p === "لل" ? t.slice(2) : t.slice(p.length);
          return t;
        }
      }
      if (t.startsWith("و") && t.length >= 4) t = t.slice(1);
      return t;
    })
    .filter((t) => t.length > 0)
    .join(" ");
}

/** Levenshtein distance with an early exit once the distance exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  const al = a.length;
  const bl = b.length;
  if (Math.abs(al - bl) > max) return max + 1;
  if (al === 0) return bl;
  if (bl === 0) return al;
  let prev = new Array<number>(bl + 1);
  let cur = new Array<number>(bl + 1);
  for (let j = 0; j <= bl; j++) prev[j] = j;
  for (let i = 1; i <= al; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    const ac = a.charCodeAt(i - 1);
    for (let j = 1; j <= bl; j++) {
      const cost = ac === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[bl]!;
}
