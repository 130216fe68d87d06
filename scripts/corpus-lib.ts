// The evaluation corpus (tests/fixtures/corpus/) and its reviewer labels: shared by `npm run eval`, the label
// export/merge scripts and the ranker's training script. Pure file reading; no generator logic.
//
// Layout: tests/fixtures/corpus/{ar,en}/<slug>.txt (the article as pasted), <slug>.gold.json (what a teacher would ask),
// <slug>.labels.json (a strict reviewer's verdicts on generated questions). The seven older fixtures in
// tests/fixtures/articles/ belong to the dev split. tests/fixtures/corpus/split.json names the test split, fixed once
// before any generator output on the corpus was looked at.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { GeneratedQuestion } from "../questions/types";
import { fnv1a } from "../questions/util";

const here = path.dirname(fileURLToPath(import.meta.url));
export const CORPUS_DIR = path.resolve(here, "../tests/fixtures/corpus");
export const FIXTURE_DIR = path.resolve(here, "../tests/fixtures/articles");

/**
 * dev: tuned on; test: judged once per measurement, never read while tuning; heldout: written later, judged at the end;
 * fresh: a second held-out set (a5-/e5-), written after the held-out measurement of 2.1.2, judged once at the end;
 * unseen: a third (a6-/e6-), written before 2.4.0 was first run on it; unseen2: a fourth (a7-/e7-), written before
 * 2.5.0 was first run on it; unseen3: a fifth (a8-/e8-), written before 2.6.0 was first run on it;
 * unseen4: a sixth (a9-/e9-), written before 2.7.0 was first run on it; unseen5: a seventh (a10-/e10-), written before
 * 2.8.0 was first run on it; unseen6: an eighth (a11-/e11-), written before 2.9.0 was first run on it; unseen7: a ninth
 * (a12-/e12-), written before 2.10.0 was first run on it; unseen8: a tenth (a13-/e13-), written before 2.11.0 was first
 * run on it; unseen9: an eleventh (a14-/e14-), written before 2.12.0 was first run on it.
 */
export const SPLITS = [
  "dev",
  "test",
  "heldout",
  "fresh",
  "unseen",
  "unseen2",
  "unseen3",
  "unseen4",
  "unseen5",
  "unseen6",
  "unseen7",
  "unseen8",
  "unseen9",
] as const;
export type Split = (typeof SPLITS)[number];

export interface CorpusArticle {
  slug: string;
  lang: "ar" | "en";
  split: Split;
  textPath: string;
  goldPath: string;
  labelsPath: string;
}

export interface Rubric {
  key_correct: boolean;
  answerable: boolean;
  fluent: boolean;
  distractors_ok: boolean;
  worth_asking: boolean;
  acceptable: boolean;
}

export interface Label extends Rubric {
  /** labelKey of the question judged */
  key: string;
  generator: string;
  type: string;
  prompt: string;
  answer: string | string[];
  choices: string[];
  left?: string[];
  evidence?: { start: number; end: number };
  difficulty?: number;
  note?: string;
  /** "baseline": judged as part of the default quiz of the generator before this corpus existed */
  tag?: string;
  /** the ranker's features when the question was judged (rank.ts FEATURE_NAMES) */
  features?: Record<string, number>;
}

export interface LabelsFile {
  labels: Label[];
}

export interface CorpusGold {
  title: string;
  language?: string;
  genre?: string;
  main_event?: { question: string; answer: string; sentence: string };
  facts: Array<{ answer: string; sentence: string; kind: string }>;
  causes?: Array<{ question: string; answer: string; sentence: string }>;
}

/** What a reviewer judges: the question as the student sees it plus its key. Two questions with the same key are the same. */
export function labelKey(q: Pick<GeneratedQuestion, "type" | "prompt" | "choices" | "answer" | "left">): string {
  const choices = [...q.choices].sort();
  return (
    fnv1a(JSON.stringify([q.type, q.prompt, choices, q.answer, q.left ?? null])) +
    fnv1a(JSON.stringify([q.answer, q.prompt]))
  );
}

export function readSplit(): {
  test: Set<string>;
  heldOut: string[];
  fresh: string[];
  unseen: string[];
  unseen2: string[];
  unseen3: string[];
  unseen4: string[];
  unseen5: string[];
  unseen6: string[];
  unseen7: string[];
  unseen8: string[];
  unseen9: string[];
} {
  const f = path.join(CORPUS_DIR, "split.json");
  if (!fs.existsSync(f))
    return {
      test: new Set(),
      heldOut: [],
      fresh: [],
      unseen: [],
      unseen2: [],
      unseen3: [],
      unseen4: [],
      unseen5: [],
      unseen6: [],
      unseen7: [],
      unseen8: [],
      unseen9: [],
    };
  const j = JSON.parse(fs.readFileSync(f, "utf8")) as {
    test: string[];
    held_out_prefixes?: string[];
    fresh_prefixes?: string[];
    unseen_prefixes?: string[];
    unseen2_prefixes?: string[];
    unseen3_prefixes?: string[];
    unseen4_prefixes?: string[];
    unseen5_prefixes?: string[];
    unseen6_prefixes?: string[];
    unseen7_prefixes?: string[];
    unseen8_prefixes?: string[];
    unseen9_prefixes?: string[];
  };
  return {
    test: new Set(j.test),
    heldOut: j.held_out_prefixes ?? [],
    fresh: j.fresh_prefixes ?? [],
    unseen: j.unseen_prefixes ?? [],
    unseen2: j.unseen2_prefixes ?? [],
    unseen3: j.unseen3_prefixes ?? [],
    unseen4: j.unseen4_prefixes ?? [],
    unseen5: j.unseen5_prefixes ?? [],
    unseen6: j.unseen6_prefixes ?? [],
    unseen7: j.unseen7_prefixes ?? [],
    unseen8: j.unseen8_prefixes ?? [],
    unseen9: j.unseen9_prefixes ?? [],
  };
}

function splitOf(slug: string, s: ReturnType<typeof readSplit>): Split {
  if (s.test.has(slug)) return "test";
  if (s.heldOut.some((p) => slug.startsWith(p))) return "heldout";
  if (s.fresh.some((p) => slug.startsWith(p))) return "fresh";
  if (s.unseen.some((p) => slug.startsWith(p))) return "unseen";
  if (s.unseen2.some((p) => slug.startsWith(p))) return "unseen2";
  if (s.unseen3.some((p) => slug.startsWith(p))) return "unseen3";
  if (s.unseen4.some((p) => slug.startsWith(p))) return "unseen4";
  if (s.unseen5.some((p) => slug.startsWith(p))) return "unseen5";
  if (s.unseen6.some((p) => slug.startsWith(p))) return "unseen6";
  if (s.unseen7.some((p) => slug.startsWith(p))) return "unseen7";
  if (s.unseen8.some((p) => slug.startsWith(p))) return "unseen8";
  if (s.unseen9.some((p) => slug.startsWith(p))) return "unseen9";
  return "dev";
}

export function listArticles(): CorpusArticle[] {
  const splits = readSplit();
  const out: CorpusArticle[] = [];
  for (const lang of ["ar", "en"] as const) {
    const dir = path.join(CORPUS_DIR, lang);
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).sort()) {
      if (!f.endsWith(".txt")) continue;
      const slug = f.replace(/\.txt$/u, "");
      out.push({
        slug,
        lang,
        split: splitOf(slug, splits),
        textPath: path.join(dir, f),
        goldPath: path.join(dir, `${slug}.gold.json`),
        labelsPath: path.join(dir, `${slug}.labels.json`),
      });
    }
  }
  if (fs.existsSync(FIXTURE_DIR)) {
    for (const f of fs.readdirSync(FIXTURE_DIR).sort()) {
      const m = /^(.+)\.(ar|en)\.txt$/u.exec(f);
      if (!m) continue;
      const slug = `${m[1]}.${m[2]}`;
      out.push({
        slug,
        lang: m[2] as "ar" | "en",
        split: "dev",
        textPath: path.join(FIXTURE_DIR, f),
        goldPath: path.join(FIXTURE_DIR, `${slug}.gold.json`),
        labelsPath: path.join(FIXTURE_DIR, `${slug}.labels.json`),
      });
    }
  }
  return out;
}

export function readLabels(a: CorpusArticle): Map<string, Label> {
  const m = new Map<string, Label>();
  if (!fs.existsSync(a.labelsPath)) return m;
  const j = JSON.parse(fs.readFileSync(a.labelsPath, "utf8")) as LabelsFile;
  for (const l of j.labels) m.set(l.key, l);
  return m;
}

export function writeLabels(a: CorpusArticle, labels: Map<string, Label>): void {
  const arr = [...labels.values()].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  fs.writeFileSync(a.labelsPath, JSON.stringify({ labels: arr }, null, 1) + "\n");
}

export function readGold(a: CorpusArticle): CorpusGold | null {
  if (!fs.existsSync(a.goldPath)) return null;
  return JSON.parse(fs.readFileSync(a.goldPath, "utf8")) as CorpusGold;
}
