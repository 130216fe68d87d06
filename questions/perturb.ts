// Made-up alternatives for figures and dates (distractors when the article has too few of its own): perturbed
// numbers, percentages, spelled-out numbers, days and years, with Arabic counted-noun and scale-word agreement.
import { normalizeForMatch } from "./normalize";
import type { Span } from "./spans";
import { type Ctx, ar } from "./context";

function digitsLike(template: string, ascii: string): string {
  // the Arabic decimal separator «٫» too: a made-up «٤.٦» among the key's «٦٫١» gives the key away
  if (/\u066B/u.test(template)) ascii = ascii.replace(".", "\u066B");
  if (/[\u0660-\u0669]/u.test(template))
    return ascii.replace(/[0-9]/gu, (d) => String.fromCharCode(0x0660 + Number(d)));
  if (/[\u06F0-\u06F9]/u.test(template))
    return ascii.replace(/[0-9]/gu, (d) => String.fromCharCode(0x06f0 + Number(d)));
  return ascii;
}

export function yearOf(t: string): number {
  const m = /([0-9]{4})/u.exec(normalizeForMatch(t));
  return m ? Number(m[1]) : 0;
}

export function arabicCountClass(n: number): string {
  if (n < 3) return "small";
  const last2 = n % 100;
  if (n >= 100 && last2 <= 2) return "genitive";
  if (last2 >= 3 && last2 <= 10) return "plural";
  if (last2 >= 11) return "accusative";
  return "small";
}

export function perturbNumber(key: Span, k: number, pos = 0): string | null {
  // the sign stays as written ("−233 °C"): only the magnitude is perturbed
  const v = Math.abs(key.value ?? 0);
  const m = /[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,\u066B\u066C][0-9\u0660-\u0669\u06F0-\u06F9]+)*/u.exec(key.text);
  if (!m) return null;
  const dec = /[.\u066B]/u.test(m[0]);
  let nv: number;
  if (key.kind === "percent") {
    const steps = [-10, 10, -5, 5, 15, -15, 20];
    // steps in proportion: a rate of 4.5% has neighbours at 3.5% and 5%, not at 9.5%
    nv = v + steps[k % steps.length]! * (v >= 30 ? 1 : v >= 10 ? 0.5 : 0.1);
    if (nv <= 0 || nv > 100) return null;
  } else if (v < 20 && !dec && v % 5 === 0) {
    // a round figure ("10 minutes") among 11 and 12 stands out: other round figures
    const steps = [5, 10, -5, 15, 20];
    nv = v + steps[k % steps.length]!;
    if (nv < 1) return null;
  } else if (v < 20 && !dec) {
    const steps = [1, 2, -1, 3, -2, 4];
    nv = v + steps[k % steps.length]!;
    if (nv < 1) return null;
  } else {
    // the key's rank among the four choices depends on the seed: below-only, above-only or mixed factors, never the
    // same symmetric ×0.5/×1.5/×2 set that leaves the key as the obvious middle value
    const sets = [
      [1.3, 1.6, 2, 1.45, 1.8],
      [0.75, 1.3, 1.6, 0.6, 1.45],
      [0.6, 0.75, 1.3, 0.45, 1.6],
      [0.45, 0.6, 0.75, 0.35, 0.55],
    ];
    const f = sets[pos % 4]![k % 5]!;
    nv = v * f;
  }
  let s: string;
  // as many decimals as the key ("£6.50" → "£9.75", not "£9.8")
  if (dec) s = nv.toFixed(Math.max(1, /[.\u066B]([0-9\u0660-\u0669]+)/u.exec(m[0])?.[1]?.length ?? 1));
  else {
    nv = Math.round(nv);
    const mag = Math.pow(10, Math.max(0, String(Math.round(v)).length - 2));
    nv = Math.max(1, Math.round(nv / mag) * mag);
    s = String(nv);
    if (/[,\u066C]/u.test(m[0])) s = s.replace(/\B(?=(\d{3})+(?!\d))/gu, /\u066C/u.test(m[0]) ? "\u066C" : ",");
  }
  if (nv === v) return null;
  // "4.0 million" beside "3.2 million", "0.76 million" beside "1.9 million": a figure no writer would print
  if (dec && key.kind !== "percent" && /[.]0+$/u.test(s) && !/[.\u066B]0+$/u.test(m[0])) return null;
  if (dec && v >= 1 && nv < 1) return null;
  // no temperature below absolute zero
  const unit = (key.fmt ?? "").split("|")[1] ?? "";
  if ((key.value ?? 0) < 0 && ((unit === "°c" && nv > 273) || (unit === "°f" && nv > 459))) return null;
  // Arabic: the counted noun's form follows the number's last two digits («4200 منزل», «860 منزلاً», «5 منازل»); a
  // distractor keeps the key's noun, so only a number of the same agreement class reads as grammatical
  const after = key.text.slice(m.index + m[0].length).trim();
  // (a scale word — ألف/آلاف, مليون/ملايين, مليار/مليارات — is made to agree by arabicScaleAgreement below)
  if (
    /[\u0600-\u06FF]/u.test(after) &&
    !/^(?:ألف|آلاف|الف|الاف|مليون|ملايين|مليار|مليارات)/u.test(after) &&
    !dec &&
    arabicCountClass(Math.round(v)) !== arabicCountClass(Math.round(nv))
  )
    return null;
  return arabicScaleAgreement(
    key.text.slice(0, m.index) + digitsLike(m[0], s) + key.text.slice(m.index + m[0].length),
    nv,
    dec,
  );
}

const AR_SCALE_FORMS: Array<[RegExp, string, RegExp, string]> = [
  [/(^|\s)ملايين(?=\s|$)/u, "مليون", /(^|\s)مليون[اًٍ]*(?=\s|$)/u, "ملايين"],
  [/(^|\s)مليارات(?=\s|$)/u, "مليار", /(^|\s)مليار[اًٍ]*(?=\s|$)/u, "مليارات"],
  [/(^|\s)آلاف(?=\s|$)/u, "ألف", /(^|\s)ألف[اًٍ]*(?=\s|$)/u, "آلاف"],
];
/** Arabic counted scale words agree with the number: 3–10 take the plural («5 ملايين»), others the singular («12 مليون»). */
function arabicScaleAgreement(t: string, n: number, dec: boolean): string {
  if (!/\p{Script=Arabic}/u.test(t)) return t;
  const whole = !dec && Number.isInteger(n);
  for (const [plural, sing, singular, plur] of AR_SCALE_FORMS) {
    if (whole && n >= 3 && n <= 10) t = t.replace(singular, `$1${plur}`);
    else t = t.replace(plural, `$1${sing}`);
  }
  return t;
}

const AR_NUM_WORDS = ["اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"];
const AR_NUM_WORDS_F = ["اثنتين", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر"];
const EN_NUM_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

export function perturbWordNumber(c: Ctx, key: Span, k: number): string | null {
  const first = key.text.split(/\s+/u)[0]!;
  const list = ar(c) ? (/[ةه]$/u.test(first) || /^اثن/u.test(first) ? AR_NUM_WORDS : AR_NUM_WORDS_F) : EN_NUM_WORDS;
  const v = key.value ?? 2;
  const opts = [v + 1, v + 2, v - 1, v + 3].filter((x) => x >= 2 && x - 2 < list.length);
  const nv = opts[k % Math.max(1, opts.length)];
  if (nv === undefined) return null;
  let w = list[nv - 2]!;
  if (/^\p{Lu}/u.test(key.text)) w = w[0]!.toUpperCase() + w.slice(1);
  return w + key.text.slice(first.length);
}

function perturbDay(key: Span, k: number): string | null {
  const m = /(?<![0-9\u0660-\u0669])[0-9\u0660-\u0669]{1,2}(?![0-9\u0660-\u0669])/u.exec(key.text);
  if (!m) return null;
  const d = (key.value ?? 0) % 100;
  const steps = [3, -2, 5, -4, 7, 1];
  const nd = d + steps[k % steps.length]!;
  if (nd < 1 || nd > 28) return null;
  return key.text.slice(0, m.index) + digitsLike(m[0], String(nd)) + key.text.slice(m.index + m[0].length);
}

export function perturbYear(key: Span, k: number): string | null {
  if (key.fmt === "md") return perturbDay(key, k);
  const m = /[0-9\u0660-\u0669\u06F0-\u06F9]{4}/u.exec(key.text);
  if (!m) return null;
  const y = Math.floor((key.value ?? 0) / 10000);
  const steps = [-2, -3, 1, -5, 2, -1, 3, -4];
  const ny = y + steps[k % steps.length]!;
  return key.text.slice(0, m.index) + digitsLike(m[0], String(ny)) + key.text.slice(m.index + m[0].length);
}
