// Distractors: entities and figures of the same kind from the article first (in preference tiers), then
// perturbation (perturb.ts) for dates and numbers.
import { normalizeForMatch } from "./normalize";
import type { Span } from "./spans";
import { NAMING_HEADS } from "./lexicon";
import { hashInt, shuffle } from "./util";
import { COMPARISON, type Ctx, aliasOf, ar, speakerSet } from "./context";
import { isDef } from "./text";
import { arabicCountClass, perturbNumber, perturbWordNumber, perturbYear, yearOf } from "./perturb";

/** Unique entities per kind (first mention), computed once per run. */
export function uniquePool(c: Ctx): Map<string, Span[]> {
  if (c.pool) return c.pool;
  const pool = new Map<string, Span[]>();
  const seen = new Set<string>();
  for (const sps of c.bySent.values()) {
    for (const sp of sps) {
      const k =
        sp.kind +
        "|" +
        aliasOf(c, sp.norm) +
        "|" +
        (sp.kind === "date" || sp.kind === "number" || sp.kind === "percent" ? sp.text : "");
      if (seen.has(k)) continue;
      seen.add(k);
      const arr = pool.get(sp.kind) ?? [];
      arr.push(sp);
      pool.set(sp.kind, arr);
    }
  }
  c.pool = pool;
  return pool;
}

function sameKindPool(c: Ctx, key: Span): Span[] {
  const pool = uniquePool(c);
  const out = (pool.get(key.kind) ?? []).slice();
  if (key.kind === "quoted" && key.head === "outlet") out.push(...(pool.get("org") ?? []));
  return out;
}

export function conflicts(c: Ctx, keyNorm: string, candNorm: string): boolean {
  if (!candNorm || !keyNorm) return true;
  if (candNorm === keyNorm) return true;
  if (candNorm.includes(keyNorm) || keyNorm.includes(candNorm)) return true;
  if (aliasOf(c, candNorm) === aliasOf(c, keyNorm)) return true;
  // "Ada Byron" and "Ada King Byron", "United States" and "US": the same thing in other words
  const kt = keyNorm.split(" ");
  const ct = candNorm.split(" ");
  const [short, long] = kt.length <= ct.length ? [kt, ct] : [ct, kt];
  if (short.length >= 2 && short.every((w) => long.includes(w))) return true;
  if (short.length === 1 && long.length >= 2 && short[0]!.length >= 2 && short[0] === long.map((w) => w[0]).join(""))
    return true;
  return false;
}

/**
 * Two full names with the same last name ("Margaret Anne Doe", "Peggy Doe"): often one person under a
 * birth name and a nickname, never to be offered one for the other. Two people who each speak or carry a role in the
 * article (two experts who share a surname) are told apart by it, and stay.
 */
export function sameFamily(c: Ctx, aNorm: string, bNorm: string): boolean {
  const a = aNorm.split(" ");
  const b = bNorm.split(" ");
  if (a.length < 2 || b.length < 2) return false;
  const la = a[a.length - 1]!;
  if (la.length < 3 || la !== b[b.length - 1]) return false;
  const speakers = speakerSet(c);
  const own = (n: string) => speakers.has(aliasOf(c, n)) || c.ex.roles.has(aliasOf(c, n));
  return !(own(aNorm) && own(bNorm));
}

export function isNamingHead(h: string | undefined): boolean {
  if (!h) return false;
  const b = h.replace(/^ال/u, "");
  return (
    NAMING_HEADS.has(b) ||
    NAMING_HEADS.has("ال" + b) ||
    b === "outlet" ||
    b === "group" ||
    b === "named" ||
    b === "acronym"
  );
}

const memo = new Map<string, string>();
function memoized(prefix: string, t: string, f: (x: string) => string): string {
  const k = prefix + t;
  let v = memo.get(k);
  if (v === undefined) {
    if (memo.size > 20000) memo.clear();
    v = f(t);
    memo.set(k, v);
  }
  return v;
}

function shapeOf(t: string): string {
  return memoized("s|", t, shapeOfRaw);
}
export function scriptOf(t: string): string {
  return memoized("c|", t, scriptOfRaw);
}

/** Per-run facts about a pool span used by the distractor tiers (computed once per span, not per comparison). */
function spanMeta(c: Ctx, sp: Span): { script: string; shape: string; digit: boolean } {
  let m = c.meta.get(sp);
  if (!m) {
    m = { script: scriptOf(sp.text), shape: shapeOf(sp.text), digit: /\p{N}/u.test(sp.text) };
    c.meta.set(sp, m);
  }
  return m;
}

function shapeOfRaw(t: string): string {
  return normalizeForMatch(t)
    .split(" ")
    .map((tok) => (/[0-9]/u.test(tok) ? tok.replace(/[0-9]+(?:[.,][0-9]+)*/gu, "#").replace(/[^#%$]+/gu, "a") : "w"))
    .join(" ");
}
function scriptOfRaw(t: string): string {
  if (/\p{Script=Arabic}/u.test(t)) return "arabic";
  if (/\p{Script=Latin}/u.test(t)) return "latin";
  return "other";
}

/** A bound before the key: +1 for "more than / over / at least / exceeded", -1 for "less than / under / up to", else 0. */
const LOWER_BOUND_EN =
  /\b(?:more than|over|at least|upwards of|in excess of|above|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|topp(?:ed|ing)|tops)\s+(?:a\s+)?$/iu;
const UPPER_BOUND_EN = /\b(?:less than|fewer than|under|below|at most|up to|no more than|not exceed(?:ing)?)\s+$/iu;
const LOWER_BOUND_AR =
  /(?:(?:أكثر من|اكثر من|أزيد من|ما يزيد على|ما يزيد عن|يزيد على|يزيد عن|ما لا يقل عن|لا يقل عن|لا تقل عن|فوق)\s*|(?:^|\s)(?<!(?:لا|لم|لن)\s)[وف]?(?:تجاوز|تجاوزت|يتجاوز|تتجاوز|تخطى|تخطت|يتخطى|تتخطى|فاق|فاقت|يفوق|تفوق)(?:\s+[^\s،.]+){0,4}\s+)$/u;
const UPPER_BOUND_AR =
  /(?:(?:أقل من|اقل من|ما دون|دون|لا يزيد على|لا يزيد عن|حتى)\s*|(?:^|\s)(?:لا|لم|لن)\s+(?:يتجاوز|تتجاوز|يتخطى|تتخطى|يزيد|تزيد)(?:\s+[^\s،.]+){0,4}\s+)$/u;
function boundOf(c: Ctx, key: Span): number {
  const s = c.sentences[key.sent];
  if (!s) return 0;
  const before = c.text
    .slice(Math.max(s.start, key.start - 40), key.start)
    .replace(/\s*(?:نحو|حوالي|قرابة|زهاء)\s*$/u, " ");
  if (ar(c)) return UPPER_BOUND_AR.test(before) ? -1 : LOWER_BOUND_AR.test(before) ? 1 : 0;
  return UPPER_BOUND_EN.test(before) ? -1 : LOWER_BOUND_EN.test(before) ? 1 : 0;
}
function leadingNumber(t: string): number {
  const m = /[0-9]+(?:\.[0-9]+)?/u.exec(normalizeForMatch(t).replace(/(?<=[0-9]),(?=[0-9]{3})/gu, ""));
  return m ? Number(m[0]) : NaN;
}

/** Distractors: same kind from the article first, then perturbation (dates/numbers). */
export function distractors(
  c: Ctx,
  key: Span,
  want: number,
  avoid: string[] = [],
): { items: string[]; fromArticle: number } {
  const out: string[] = [];
  const norms: string[] = [key.norm];
  const bound = key.kind === "number" || key.kind === "percent" ? boundOf(c, key) : 0;
  const keyNum = bound !== 0 ? leadingNumber(key.text) : NaN;
  // "8 out of every 10", «8 من كل 10»: no option at or above the whole
  const whole =
    key.kind === "number" || key.kind === "percent"
      ? /^\s*(?:out of(?: every)?|in every|of every|من كل|من أصل|من بين)\s+([0-9٠-٩]+)/u.exec(
          c.text.slice(key.end, key.end + 24),
        )
      : null;
  const wholeMax = whole ? leadingNumber(whole[1]!) : NaN;
  const accept = (t: string): boolean => {
    const n = normalizeForMatch(t);
    if (!n) return false;
    if (Number.isFinite(wholeMax)) {
      const v = leadingNumber(t);
      if (!Number.isFinite(v) || v <= 0 || v >= wholeMax) return false;
    }
    // "more than ____": a smaller figure would make a true statement too (and a larger one under "less than")
    if (bound !== 0 && Number.isFinite(keyNum)) {
      const v = leadingNumber(t);
      if (!Number.isFinite(v) || Math.sign(v - keyNum) !== bound) return false;
    }
    if (norms.some((x) => conflicts(c, x, n))) return false;
    if (avoid.some((a) => normalizeForMatch(a) === n)) return false;
    if (!classOk(t)) return false;
    if (
      ar(c) &&
      (key.kind === "person" || key.kind === "org" || key.kind === "place" || key.kind === "quoted") &&
      isDef(key.norm) !== isDef(n)
    )
      return false;
    out.push(t);
    norms.push(n);
    return true;
  };
  const pool = sameKindPool(c, key).filter(
    (sp) => !conflicts(c, key.norm, sp.norm) && !(key.kind === "person" && sameFamily(c, key.norm, sp.norm)),
  );
  // preference tiers
  const keyShape = shapeOf(key.text);
  const keyScript = scriptOf(key.text);
  const keyDigit = /\p{N}/u.test(key.text);
  const tier = (sp: Span): number => {
    const meta = spanMeta(c, sp);
    if (meta.script !== keyScript) return 9;
    // Latin names vs lower-case terms ("Zylex" vs "redshift") would give the answer away
    if (keyScript === "latin" && /^\p{Lu}/u.test(key.text) !== /^\p{Lu}/u.test(sp.text)) return 9;
    // a name with a number in it ("SMACS 0723") among names without one would stand out
    if (key.kind !== "date" && key.kind !== "number" && key.kind !== "percent" && keyDigit !== meta.digit) return 9;
    if ((key.kind === "date" || key.kind === "number" || key.kind === "percent") && meta.shape !== keyShape) return 9;
    if (key.kind === "quoted") {
      if (sp.kind === "quoted" && sp.head && sp.head === key.head) return 0;
      if (sp.kind === "org" && key.head === "outlet") return sp.head === "outlet" ? 1 : 9;
      const h = (sp.head ?? "").replace(/^ال/u, "");
      if (!isNamingHead(key.head)) return 9; // a quoted phrase only competes with phrases under the same head
      if (sp.kind === "quoted" && isNamingHead(h)) return 2;
      return 9;
    }
    if (key.kind === "date") {
      if (sp.fmt !== key.fmt) return 9;
      const ky = Math.floor((key.value ?? 0) / 10000);
      const sy = Math.floor((sp.value ?? 0) / 10000);
      return Math.abs(ky - sy) <= 15 ? 0 : 9; // a far-away year is a giveaway
    }
    if (key.kind === "number") {
      const ku = (key.fmt ?? "").split("|")[1];
      const su = (sp.fmt ?? "").split("|")[1];
      if (key.fmt?.startsWith("word")) return sp.fmt === key.fmt ? 0 : 9;
      if (ku !== su || sp.fmt?.startsWith("word")) return 9;
      if ((key.fmt ?? "").split("|")[0] !== (sp.fmt ?? "").split("|")[0]) return 9; // € among £ stands out
      const kv = Math.abs(key.value ?? 0);
      const sv = Math.abs(sp.value ?? 0);
      return kv > 0 && sv > 0 && Math.max(kv, sv) / Math.min(kv, sv) <= 12 ? 0 : 9;
    }
    if (key.kind === "percent") {
      const kv = Math.abs(key.value ?? 0);
      const sv = Math.abs(sp.value ?? 0);
      // 0.2% and 90% are no alternatives to 14%
      return kv > 0 && sv > 0 && Math.max(kv, sv) / Math.min(kv, sv) <= 4 ? 0 : 9;
    }
    if (key.kind === "person") return 0;
    if (key.kind === "org") return sp.head === key.head ? 0 : 1;
    return 0;
  };
  // "fell to 3.2% from ____", "rose to 643 million, then to ____": a figure compared with another one in its sentence
  // must stay on the key's side of it, or the stem itself rules the distractor out
  const partner =
    key.kind === "number" || key.kind === "percent"
      ? (() => {
          const s = c.sentences[key.sent];
          if (!s || !COMPARISON.test(s.text)) return undefined;
          const same = (c.bySent.get(key.sent) ?? []).filter(
            (x) => x !== key && x.kind === key.kind && (x.fmt ?? "") === (key.fmt ?? "") && x.value !== undefined,
          );
          if (same.length === 1) return same[0]!.value;
          // several: the one next to the key ("fell to 3.2% from ____ …, while its margin rose to 31.1%")
          const gap = (x: Span) => (x.start > key.end ? x.start - key.end : key.start - x.end);
          const near = same.filter((x) => gap(x) <= 24).sort((a, b) => gap(a) - gap(b));
          return near.length > 0 ? near[0]!.value : undefined;
        })()
      : undefined;
  // Arabic: «4200 منزل» but «860 منزلاً» — a figure followed by its counted noun keeps the key's agreement class
  const nextWord =
    ar(c) && key.kind === "number" && !key.fmt?.startsWith("word") && !/[\u0600-\u06FF]/u.test(key.text)
      ? /^\s*([\u0600-\u06FF]+)/u.exec(c.text.slice(key.end, key.end + 30))
      : null;
  const countClass =
    nextWord &&
    !/^(?:ألف|آلاف|الف|الاف|مليون|ملايين|مليار|مليارات|في|من|إلى|على|عن|مع)$/u.test(nextWord[1]!) &&
    Number.isInteger(key.value)
      ? arabicCountClass(Math.abs(key.value ?? 0))
      : null;
  const classOk = (t: string): boolean => {
    if (!countClass) return true;
    const v = Number((/[0-9]+/u.exec(normalizeForMatch(t).replace(/,/gu, "")) ?? ["NaN"])[0]);
    return Number.isFinite(v) && arabicCountClass(v) === countClass;
  };
  const sideOk = (v: number | undefined): boolean => {
    if (partner === undefined || v === undefined || key.value === undefined) return true;
    if (Math.sign(v - partner) !== Math.sign(key.value - partner)) return false;
    // "cut the rate to ____ from 4.75%": a figure of another order than the two compared ones is no alternative
    const kv = Math.abs(key.value);
    const av = Math.abs(v);
    return kv === 0 || av === 0 || Math.max(kv, av) / Math.min(kv, av) <= 1.6;
  };
  // "In 1382 he left Tunis …, and in ____ he was appointed": a year on the wrong side of another year of the same
  // sentence is ruled out by the stem itself
  const keyYear = key.kind === "date" ? yearOf(key.text) : 0;
  const otherYears =
    keyYear > 0
      ? [
          ...new Set(
            (c.bySent.get(key.sent) ?? [])
              .filter((x) => x !== key && x.kind === "date")
              .map((x) => yearOf(x.text))
              .filter((y) => y > 0 && y !== keyYear),
          ),
        ]
      : [];
  const yearSideOk = (t: string): boolean => {
    if (otherYears.length === 0) return true;
    const y = yearOf(t);
    return y === 0 || otherYears.every((p) => Math.sign(y - p) === Math.sign(keyYear - p));
  };
  const seen = new Set<string>();
  const uniq: Span[] = [];
  for (const sp of pool) {
    const n = aliasOf(c, sp.norm);
    if (seen.has(n)) continue;
    seen.add(n);
    if (tier(sp) < 9 && sideOk(sp.value) && yearSideOk(sp.text)) uniq.push(sp);
  }
  const seed = (c.seed ^ hashInt(key.norm)) >>> 0;
  const ordered = [0, 1, 2, 3].flatMap((t) =>
    shuffle(
      uniq.filter((sp) => tier(sp) === t),
      seed + t,
    ),
  );
  for (const sp of ordered) {
    if (out.length >= want) break;
    const disp = sp.kind === "person" ? (c.displayName.get(sp.norm) ?? sp.text) : sp.text;
    accept(disp);
  }
  const fromArticle = out.length;
  if (out.length < want && (key.kind === "date" || key.kind === "number" || key.kind === "percent")) {
    for (let k = 0; k < 12 && out.length < want; k++) {
      const p =
        key.kind === "date"
          ? perturbYear(key, k + ((seed >>> 0) % 3))
          : key.fmt?.startsWith("word")
            ? perturbWordNumber(c, key, k)
            : perturbNumber(key, k, seed >>> 3);
      // no year after the latest the article mentions (an event "in 2026" in a 2024 report)
      if (p && key.kind === "date" && c.maxYear > 0 && yearOf(p) > c.maxYear) continue;
      if (p && key.kind === "date" && !yearSideOk(p)) continue;
      if (p && partner !== undefined) {
        const v = Number((/[0-9]+(?:\.[0-9]+)?/u.exec(normalizeForMatch(p).replace(/,/gu, "")) ?? ["NaN"])[0]);
        if (!sideOk(Number.isFinite(v) ? v : undefined)) continue;
      }
      if (p) accept(p);
    }
  }
  return { items: out, fromArticle };
}
