// `npm run eval` — measures the question generator against hand-written gold facts.
//
// For every tests/fixtures/articles/<slug>.<lang>.txt with a matching <slug>.<lang>.gold.json it runs
// generateQuestions(text, { count: 30 }) and prints, per article: language, number of questions, a
// histogram of types, coverage, structural validity, the uncovered gold facts and the invalid questions.
//
// COVERAGE = share of gold facts covered by ≥ 1 question. A question covers a fact when its evidence
// span overlaps the fact's sentence span AND the fact's answer (normalizeForMatch) occurs in the
// question's key: its answer / answer items (plus `left` for matching), or — for true_false only —
// its evidence text. The full rule and the VALIDITY rules are documented in scripts/eval-lib.ts.
//
// WARNINGS (heuristic: ambiguous distractors, format giveaways, quote not in evidence, cut spans,
// duplicate matching items; see checkWarnings in eval-lib.ts) are listed too but do not affect PASS/FAIL.
//
// Targets: coverage ≥ 90 %, validity = 100 %. A measurement, not a test: exits 0 unless --strict
// is passed (then exit 1 when any article FAILs). Options:
//   --strict            exit 1 on FAIL
//   --only <substr>     only articles whose file name contains <substr>
//   --count <n>         questions to ask for (default 30)
//   --verbose           also print every question (type, prompt, answer)

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { GeneratedQuestion, GenerateOptions, GenerateResult } from "../questions/types";
import {
  checkGold,
  checkWarnings,
  computeCoverage,
  computeValidity,
  TARGETS,
  type GoldFile,
} from "./eval-lib";

const here = path.dirname(fileURLToPath(import.meta.url));
const ARTICLES = path.resolve(here, "../tests/fixtures/articles");

const argv = process.argv.slice(2);
const strict = argv.includes("--strict");
const verbose = argv.includes("--verbose");
const argValue = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const only = argValue("--only");
const count = Number(argValue("--count") ?? 30);

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const clip = (s: string, n = 90): string => {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};
const show = (a: string | string[]): string => (Array.isArray(a) ? `[${a.map((x) => clip(x, 30)).join(" | ")}]` : clip(a, 60));

type Generate = (text: string, opts?: GenerateOptions) => GenerateResult | Promise<GenerateResult>;

async function loadGenerator(): Promise<Generate | null> {
  const file = path.resolve(here, "../questions/index.ts");
  if (!fs.existsSync(file)) return null;
  const mod = (await import("../questions/index")) as { generateQuestions?: Generate };
  return typeof mod.generateQuestions === "function" ? mod.generateQuestions : null;
}

interface ArticleSummary {
  name: string;
  language: string;
  questions: number;
  coverage: number;
  validity: number;
  warned: number;
  pass: boolean;
  ms: number;
}

async function main(): Promise<number> {
  const generate = await loadGenerator();
  if (!generate) {
    console.error("questions/index.ts (generateQuestions) not found — nothing to evaluate yet.");
    return strict ? 1 : 0;
  }

  const files = fs
    .readdirSync(ARTICLES)
    .filter((f) => f.endsWith(".txt"))
    .filter((f) => fs.existsSync(path.join(ARTICLES, f.replace(/\.txt$/, ".gold.json"))))
    .filter((f) => !only || f.includes(only))
    .sort();
  if (files.length === 0) {
    console.error(`no articles with gold files in ${ARTICLES}`);
    return strict ? 1 : 0;
  }

  const summaries: ArticleSummary[] = [];
  for (const file of files) {
    const text = fs.readFileSync(path.join(ARTICLES, file), "utf8");
    const gold = JSON.parse(fs.readFileSync(path.join(ARTICLES, file.replace(/\.txt$/, ".gold.json")), "utf8")) as GoldFile;
    const name = file.replace(/\.txt$/, "");

    console.log(`\n━━ ${name} — ${gold.title}`);
    const goldProblems = checkGold(gold, text);
    for (const p of goldProblems) console.log(`  ! gold file problem: ${p}`);

    let result: GenerateResult;
    const t0 = performance.now();
    try {
      result = await generate(text, { count });
    } catch (err) {
      const ms = performance.now() - t0;
      console.log(`  ✗ generateQuestions threw: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      summaries.push({ name, language: "?", questions: 0, coverage: 0, validity: 0, warned: 0, pass: false, ms });
      continue;
    }
    const ms = performance.now() - t0;
    const questions: GeneratedQuestion[] = result.questions ?? [];

    const hist = new Map<string, number>();
    for (const q of questions) hist.set(q.type, (hist.get(q.type) ?? 0) + 1);
    const cov = computeCoverage(questions, gold.facts, text);
    const val = computeValidity(questions, text);
    const warnings = questions.map((q) => ({ q, ws: checkWarnings(q, text) })).filter((x) => x.ws.length > 0);
    const dupIds = questions.map((q) => q.id).filter((id, i, all) => all.indexOf(id) !== i);

    const rows: [string, string][] = [
      ["language", `${result.language}${result.notice ? `  (notice: ${result.notice})` : ""}`],
      ["questions", `${questions.length} (asked ${count}) in ${ms.toFixed(0)} ms`],
      ["types", [...hist.entries()].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t}:${n}`).join("  ") || "—"],
      ["coverage", `${pct(cov.ratio)}  (${cov.covered}/${cov.total} gold facts)`],
      ["validity", `${pct(val.ratio)}  (${val.validCount}/${val.total} questions)`],
      ["warnings", `${warnings.length} question(s) with heuristic warnings`],
    ];
    if (dupIds.length) rows.push(["dup ids", [...new Set(dupIds)].join(", ")]);
    for (const [k, v] of rows) console.log(`  ${k.padEnd(10)} │ ${v}`);

    const uncovered = cov.facts.filter((f) => f.by.length === 0);
    if (uncovered.length) {
      console.log(`  uncovered gold facts (${uncovered.length}):`);
      for (const f of uncovered) {
        console.log(`    - [${f.fact.kind}] ${f.fact.answer}${f.missingSentence ? "  (sentence not in text!)" : ""}  ← ${clip(f.fact.sentence, 70)}`);
      }
    }
    if (val.invalid.length) {
      console.log(`  invalid questions (${val.invalid.length}):`);
      for (const { question: q, reasons } of val.invalid) {
        console.log(`    - ${q.id} [${q.type}] ${clip(q.prompt, 70)}`);
        console.log(`        answer: ${show(q.answer)}   choices: ${show(q.choices)}`);
        for (const r of reasons) console.log(`        ✗ ${r}`);
      }
    }
    if (warnings.length) {
      console.log(`  questions with warnings (${warnings.length}; not counted in validity):`);
      for (const { q, ws } of warnings) {
        console.log(`    - ${q.id} [${q.type}] ${clip(q.prompt, 70)}`);
        for (const w of ws) console.log(`        ⚠ ${w}`);
      }
    }
    if (verbose) {
      console.log("  questions:");
      for (const q of questions) {
        const ev = text.slice(q.evidence.start, q.evidence.end);
        console.log(`    · ${q.id} [${q.type}] d=${q.difficulty.toFixed(2)} ${clip(q.prompt, 100)}`);
        console.log(`        answer: ${show(q.answer)}   choices: ${show(q.choices)}${q.left ? `   left: ${show(q.left)}` : ""}`);
        console.log(`        evidence: ${clip(ev, 100)}`);
      }
    }

    const pass = cov.ratio >= TARGETS.coverage && val.ratio >= TARGETS.validity && goldProblems.length === 0;
    summaries.push({ name, language: result.language, questions: questions.length, coverage: cov.ratio, validity: val.ratio, warned: warnings.length, pass, ms });
  }

  console.log(`\n━━ summary (targets: coverage ≥ ${pct(TARGETS.coverage)}, validity ${pct(TARGETS.validity)})`);
  const w = Math.max(...summaries.map((s) => s.name.length));
  console.log(`  ${"article".padEnd(w)}  lang  #q  coverage  validity  warn  result`);
  for (const s of summaries) {
    console.log(
      `  ${s.name.padEnd(w)}  ${s.language.padEnd(4)}  ${String(s.questions).padStart(2)}  ${pct(s.coverage).padStart(8)}  ${pct(s.validity).padStart(8)}  ${String(s.warned).padStart(4)}  ${s.pass ? "PASS" : "FAIL"}`,
    );
  }
  const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  console.log(
    `  ${"mean".padEnd(w)}        ${String(Math.round(mean(summaries.map((s) => s.questions)))).padStart(2)}  ${pct(mean(summaries.map((s) => s.coverage))).padStart(8)}  ${pct(mean(summaries.map((s) => s.validity))).padStart(8)}  ${String(summaries.reduce((a, s) => a + s.warned, 0)).padStart(4)}  ${summaries.filter((s) => s.pass).length}/${summaries.length} pass`,
  );
  const failed = summaries.some((s) => !s.pass);
  return strict && failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(strict ? 1 : 0);
  },
);
