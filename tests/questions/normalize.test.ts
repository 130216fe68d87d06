import { describe, expect, it } from "vitest";
import { normalizeForMatch, normalizeWithMap, editDistance } from "../../questions/normalize";
import { detectLanguage } from "../../questions/index";

describe("normalizeForMatch", () => {
  it("strips diacritics, tatweel and bidi / zero-width marks", () => {
    expect(normalizeForMatch("مُحَمَّدٌ")).toBe("محمد");
    expect(normalizeForMatch("عـــربي")).toBe("عربي");
    expect(normalizeForMatch("\u200fباريس\u200e\u200b")).toBe("باريس");
    expect(normalizeForMatch("\u2067سلام\u2069")).toBe("سلام");
    expect(normalizeForMatch("القرآن")).toBe("القران");
    expect(normalizeForMatch("ٱلله")).toBe(normalizeForMatch("الله"));
  });
  it("unifies hamza forms, alef maqsura and ta marbuta", () => {
    expect(normalizeForMatch("أحمد")).toBe("احمد");
    expect(normalizeForMatch("إسلام")).toBe("اسلام");
    expect(normalizeForMatch("آسيا")).toBe("اسيا");
    expect(normalizeForMatch("مستشفى")).toBe("مستشفي");
    expect(normalizeForMatch("مدرسة")).toBe("مدرسه");
  });
  it("maps Arabic-Indic and Persian digits to ASCII", () => {
    expect(normalizeForMatch("٢٠٢٣")).toBe("2023");
    expect(normalizeForMatch("۱۹۹۸")).toBe("1998");
    expect(normalizeForMatch("٪٥٠")).toBe("%50");
  });
  it("applies NFKC (presentation forms, full-width) and lower-cases", () => {
    expect(normalizeForMatch("ﻻ")).toBe("لا");
    expect(normalizeForMatch("ＡＢＣ")).toBe("abc");
    expect(normalizeForMatch("Paris")).toBe("paris");
  });
  it("drops quotes, turns punctuation into spaces and collapses whitespace", () => {
    expect(normalizeForMatch('  «مرجان»،  و"سلوان" ')).toBe("مرجان وسلوان");
    expect(normalizeForMatch("“Gateway Link”.")).toBe("gateway link");
    expect(normalizeForMatch("3.5 million, 200,000")).toBe("3.5 million 200,000");
  });
  it("keeps an offset map back to the original string", () => {
    const src = "  «مُحَمَّد» ٢٠٢٣";
    const { text, map } = normalizeWithMap(src);
    expect(text).toBe("محمد 2023");
    expect(src[map[0]!]).toBe("م");
    expect(src[map[text.indexOf("2")]!]).toBe("٢");
    expect(map[text.length]).toBe(src.length);
  });
  it("never throws on odd input", () => {
    expect(normalizeForMatch("")).toBe("");
    expect(normalizeForMatch("\uD800x")).toBe(normalizeForMatch("\uD800x"));
    expect(normalizeForMatch(undefined as unknown as string)).toBe("");
  });
});

describe("editDistance", () => {
  it("computes Levenshtein distance with an early exit", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("abc", "abc")).toBe(0);
    expect(editDistance("abcdef", "zzzzzz", 1)).toBeGreaterThan(1);
  });
});

describe("detectLanguage", () => {
  it("detects Arabic and English", () => {
    expect(detectLanguage("هذا نص عربي فيه كلمة DGSE واحدة")).toBe("ar");
    expect(detectLanguage("This is an English text with one كلمة.")).toBe("en");
  });
});
