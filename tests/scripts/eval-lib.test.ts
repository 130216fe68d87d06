import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { GeneratedQuestion } from "../../questions/types";
import {
  checkGold,
  checkValidity,
  checkWarnings,
  computeCoverage,
  computeValidity,
  containsPhrase,
  questionCoversFact,
  type GoldFile,
} from "../../scripts/eval-lib";

const TEXT_EN = "Marie Curie was born in Warsaw in 1867. She won the Nobel Prize in Physics in 1903.";
const TEXT_AR = 'بدأت القصة عام 2013 حين أطلقت باريس عملية "سيرفال"، التي تحولت لاحقًا إلى "برخان".';

function span(text: string, sentence: string) {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error("bad fixture");
  return { start, end: start + sentence.length };
}

const validMcq: GeneratedQuestion = {
  id: "q1",
  type: "mcq",
  prompt: "In which city was Marie Curie born?",
  choices: ["Paris", "Warsaw", "Krakow", "Vienna"],
  answer: "Warsaw",
  evidence: span(TEXT_EN, "Marie Curie was born in Warsaw in 1867."),
  difficulty: 0.3,
};

describe("checkValidity", () => {
  it("accepts a valid mcq", () => {
    expect(checkValidity(validMcq, TEXT_EN)).toEqual({ valid: true, reasons: [] });
  });

  it("accepts valid true_false, timeline, matching and short_answer questions", () => {
    const ev = span(TEXT_EN, "She won the Nobel Prize in Physics in 1903.");
    const qs: GeneratedQuestion[] = [
      {
        id: "t",
        type: "true_false",
        prompt: "Curie won the Nobel Prize in 1903.",
        choices: ["true", "false"],
        answer: "true",
        evidence: ev,
        difficulty: 0.2,
      },
      {
        id: "l",
        type: "timeline",
        prompt: "Order these events",
        choices: ["Nobel Prize", "Born"],
        answer: ["Born", "Nobel Prize"],
        evidence: { start: 0, end: TEXT_EN.length },
        difficulty: 0.5,
      },
      {
        id: "m",
        type: "matching",
        prompt: "Match",
        choices: ["1903", "1867"],
        answer: ["1867", "1903"],
        left: ["born", "Nobel"],
        evidence: { start: 0, end: TEXT_EN.length },
        difficulty: 0.5,
      },
      {
        id: "s",
        type: "short_answer",
        prompt: "In which year did she win the Nobel Prize?",
        choices: [],
        answer: "1903",
        evidence: ev,
        difficulty: 0.6,
      },
    ];
    for (const q of qs) expect(checkValidity(q, TEXT_EN).reasons, q.type).toEqual([]);
  });

  it("flags an answer that is not among the choices", () => {
    const r = checkValidity({ ...validMcq, choices: ["Paris", "Krakow", "Vienna"] }, TEXT_EN);
    expect(r.valid).toBe(false);
    expect(r.reasons.join(" ")).toMatch(/not among choices/);
  });

  it("flags choices that are duplicates after normalisation", () => {
    const r = checkValidity({ ...validMcq, choices: ["Warsaw", "warsaw.", "Krakow", "Vienna"] }, TEXT_EN);
    expect(r.valid).toBe(false);
    expect(r.reasons.join(" ")).toMatch(/duplicate choices/);
    // Arabic: hamza forms and diacritics normalise away.
    const ar = checkValidity(
      {
        ...validMcq,
        prompt: "ما اسم العملية؟",
        choices: ["برخان", "أحمد", "احمد", "سيرفال"],
        answer: "برخان",
        evidence: span(TEXT_AR, TEXT_AR),
      },
      TEXT_AR,
    );
    expect(ar.reasons.join(" ")).toMatch(/duplicate choices/);
  });

  it("flags bad evidence offsets", () => {
    for (const evidence of [
      { start: -1, end: 10 },
      { start: 10, end: 10 },
      { start: 20, end: 5 },
      { start: 0, end: TEXT_EN.length + 1 },
      { start: 0.5, end: 10 },
    ]) {
      const r = checkValidity({ ...validMcq, evidence }, TEXT_EN);
      expect(r.valid, JSON.stringify(evidence)).toBe(false);
      expect(r.reasons.join(" ")).toMatch(/evidence/);
    }
  });

  it("flags a prompt that gives the answer away", () => {
    const r = checkValidity({ ...validMcq, prompt: "Was Marie Curie born in Warsaw or elsewhere?" }, TEXT_EN);
    expect(r.valid).toBe(false);
    expect(r.reasons.join(" ")).toMatch(/gives away/);
    // Arabic, with a proclitic و attached to the giveaway.
    const ar = checkValidity(
      {
        ...validMcq,
        prompt: "إلى ماذا تحولت سيرفال وبرخان؟",
        choices: ["برخان", "سيرفال", "فاغنر"],
        answer: "برخان",
        evidence: span(TEXT_AR, TEXT_AR),
      },
      TEXT_AR,
    );
    expect(ar.reasons.join(" ")).toMatch(/gives away/);
  });

  it("flags an answer the evidence does not contain, wrong choice counts, bad true_false and non-permutations", () => {
    expect(
      checkValidity(
        { ...validMcq, evidence: span(TEXT_EN, "She won the Nobel Prize in Physics in 1903.") },
        TEXT_EN,
      ).reasons.join(" "),
    ).toMatch(/evidence does not contain/);
    expect(checkValidity({ ...validMcq, choices: ["Paris", "Warsaw"] }, TEXT_EN).reasons.join(" ")).toMatch(/need 3–4/);
    expect(
      checkValidity({ ...validMcq, type: "true_false", choices: ["yes", "no"], answer: "yes" }, TEXT_EN).valid,
    ).toBe(false);
    expect(
      checkValidity(
        { ...validMcq, type: "timeline", choices: ["a", "b", "c"], answer: ["a", "b", "d"] },
        TEXT_EN,
      ).reasons.join(" "),
    ).toMatch(/permutation/);
  });

  it("computeValidity reports the share of valid questions", () => {
    const r = computeValidity([validMcq, { ...validMcq, id: "bad", answer: "Berlin" }], TEXT_EN);
    expect(r.ratio).toBe(0.5);
    expect(r.invalid.map((x) => x.question.id)).toEqual(["bad"]);
  });
});

describe("checkWarnings", () => {
  it("is quiet on a clean question", () => {
    expect(checkWarnings(validMcq, TEXT_EN)).toEqual([]);
  });

  it("flags a distractor that is a variant of the answer", () => {
    const ws = checkWarnings(
      {
        ...validMcq,
        type: "quote",
        prompt: "Who said it?",
        choices: ["Nelson", "Bill Nelson", "Joe Biden"],
        answer: "Bill Nelson",
      },
      TEXT_EN,
    );
    expect(ws.join(" ")).toMatch(/ambiguous/);
  });

  it("flags an answer whose format differs from every distractor", () => {
    const ws = checkWarnings(
      { ...validMcq, type: "date", prompt: "متى؟", choices: ["1382م", "1958", "1375م", "1377م"], answer: "1958" },
      TEXT_EN,
    );
    expect(ws.join(" ")).toMatch(/format giveaway/);
    const script = checkWarnings(
      { ...validMcq, prompt: "؟", choices: ["IDF", "منظمة الصحة العالمية", "جامعة تورونتو"], answer: "IDF" },
      TEXT_EN,
    );
    expect(script.join(" ")).toMatch(/latin script/);
  });

  it("flags cut spans, quotes missing from the evidence and a person listed twice in matching", () => {
    expect(
      checkWarnings({ ...validMcq, choices: ["European Space Agency (ESA", "Warsaw", "Paris"] }, TEXT_EN).join(" "),
    ).toMatch(/unbalanced/);
    const q = checkWarnings(
      {
        ...validMcq,
        type: "quote",
        prompt: "Who said: “Nothing is to be feared”?",
        choices: ["Marie Curie", "Pierre", "Einstein"],
        answer: "Marie Curie",
      },
      TEXT_EN,
    );
    expect(q.join(" ")).toMatch(/quoted words are not in the evidence/);
    const m = checkWarnings(
      { ...validMcq, type: "matching", choices: ["a", "b"], answer: ["a", "b"], left: ["Joe Biden", "Biden"] },
      TEXT_EN,
    );
    expect(m.join(" ")).toMatch(/same entity/);
  });
});

describe("containsPhrase", () => {
  it("matches whole phrases only, allowing Arabic proclitics", () => {
    expect(containsPhrase("in 2018 it grew", "18")).toBe(false);
    expect(containsPhrase("a golden age", "gold")).toBe(false);
    expect(containsPhrase("made of gold", "gold")).toBe(true);
    expect(containsPhrase("سيرفال وبرخان", "برخان")).toBe(true);
    expect(containsPhrase("سيرفال وبرخانهم", "برخان")).toBe(false);
  });
});

describe("coverage", () => {
  const fact = { answer: "برخان", sentence: 'التي تحولت لاحقًا إلى "برخان"', kind: "name" };
  const ev = span(TEXT_AR, TEXT_AR);

  it("counts a question whose answer is the fact and whose evidence overlaps its sentence", () => {
    const q: GeneratedQuestion = {
      id: "a",
      type: "mcq",
      prompt: "إلى ماذا تحولت عملية سيرفال؟",
      choices: ["برخان", "فاغنر", "سانغاريس"],
      answer: "برخان",
      evidence: ev,
      difficulty: 0.4,
    };
    expect(questionCoversFact(q, fact, TEXT_AR)).toBe(true);
    // Same answer, evidence elsewhere: not covered.
    expect(questionCoversFact({ ...q, evidence: { start: 0, end: 5 } }, fact, TEXT_AR)).toBe(false);
  });

  it("counts neither a true_false question through its evidence nor a cloze through its prompt", () => {
    const tf: GeneratedQuestion = {
      id: "b",
      type: "true_false",
      prompt: "تحولت عملية سيرفال إلى فاغنر.",
      choices: ["true", "false"],
      answer: "false",
      evidence: ev,
      difficulty: 0.4,
    };
    expect(questionCoversFact(tf, fact, TEXT_AR)).toBe(false);
    const cloze: GeneratedQuestion = {
      id: "c",
      type: "cloze",
      prompt: 'بدأت القصة عام ____ حين أطلقت باريس عملية "سيرفال"، التي تحولت لاحقًا إلى "برخان".',
      choices: ["2013", "2012", "2014"],
      answer: "2013",
      evidence: ev,
      difficulty: 0.4,
    };
    expect(questionCoversFact(cloze, fact, TEXT_AR)).toBe(false);
    const r = computeCoverage(
      [tf, cloze],
      [fact, { answer: "2013", sentence: "بدأت القصة عام 2013", kind: "year" }],
      TEXT_AR,
    );
    expect(r.covered).toBe(1);
    expect(r.ratio).toBe(0.5);
  });

  it("counts a statement question only for the facts its false statements alter", () => {
    const truth = 'بدأت القصة عام 2013 حين أطلقت باريس عملية "سيرفال"، التي تحولت لاحقًا إلى "برخان"';
    const q: GeneratedQuestion = {
      id: "d",
      type: "mcq",
      prompt: "أيّ العبارات التالية يطابق ما ورد في المقال؟",
      choices: [truth, truth.replace("2013", "2012"), truth.replace("2013", "2015"), truth.replace("2013", "2010")],
      answer: truth,
      evidence: ev,
      difficulty: 0.4,
    };
    expect(questionCoversFact(q, { answer: "2013", sentence: "بدأت القصة عام 2013", kind: "year" }, TEXT_AR)).toBe(
      true,
    );
    expect(questionCoversFact(q, fact, TEXT_AR)).toBe(false);
  });
});

describe("fixture gold files", () => {
  const dir = path.resolve("tests/fixtures/articles");
  const golds = fs.readdirSync(dir).filter((f) => f.endsWith(".gold.json"));

  it("exist for every fixture article", () => {
    const texts = fs.readdirSync(dir).filter((f) => f.endsWith(".txt"));
    expect(texts.length).toBeGreaterThanOrEqual(7);
    for (const t of texts) expect(golds, t).toContain(t.replace(/\.txt$/, ".gold.json"));
  });

  it.each(golds)("%s: 10–20 facts, each answer in its sentence and each sentence in the article", (g) => {
    const gold = JSON.parse(fs.readFileSync(path.join(dir, g), "utf8")) as GoldFile;
    const text = fs.readFileSync(path.join(dir, g.replace(/\.gold\.json$/, ".txt")), "utf8");
    expect(gold.facts.length).toBeGreaterThanOrEqual(10);
    expect(gold.facts.length).toBeLessThanOrEqual(20);
    expect(checkGold(gold, text)).toEqual([]);
  });
});
