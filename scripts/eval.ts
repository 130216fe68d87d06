// `npm run eval` — the generator judged by reviewers, on articles it was not tuned on.
//
// For every article of the corpus (tests/fixtures/corpus/, plus the older fixtures in the dev split) it generates the
// default quiz (12 asked, as the app does) and looks each question up in the reviewer labels stored beside the article
// (scripts/corpus-lib.ts labelKey: the question as shown + its key). It prints, per language and split:
//   - questions per quiz, labelled share, ACCEPTABLE % of the labelled ones (a strict reviewer hands it out unedited),
//     wrong keys (and quizzes with one), the type mix;
//   - gold-fact coverage, strict (scripts/eval-lib.ts: no credit for facts a true/false or statement merely prints);
//   - main event asked (a question on the gold main-event sentence), a why/how question where the article states a
//     cause, the share of date+number items, verbatim true statements, pairs of questions that answer each other;
//   - the baseline (generator 1.1.1's default quiz on the test split, judged before any tuning) for comparison;
//   - the ranker's cross-validated precision (from questions/ranker-weights.json, written by npm run train:ranker).
// Options: --split dev|test|heldout|fresh|unseen|unseen2|unseen3|unseen4|unseen5|unseen6|unseen7|unseen8|unseen9, --lang ar|en, --verbose (every question with its verdict), --unlabeled (list those only).
// A measurement, not a test: always exits 0.
import fs from "node:fs";
import {
  generateQuestions,
  GENERATOR_VERSION,
  normalizeForMatch,
  WHY_PROMPT as WHY,
  type GeneratedQuestion,
} from "../questions/index";
import { computeCoverage } from "./eval-lib";
import { labelKey, listArticles, readGold, readLabels, SPLITS, type CorpusArticle, type Label } from "./corpus-lib";
import weights from "../questions/ranker-weights.json";

const argv = process.argv.slice(2);
const opt = (n: string): string | undefined => {
  const i = argv.indexOf(n);
  return i >= 0 ? argv[i + 1] : undefined;
};
const onlySplit = opt("--split");
const onlyLang = opt("--lang");
const verbose = argv.includes("--verbose");
const listUnlabeled = argv.includes("--unlabeled");

const STATEMENT =
  /^(?:Which statement matches what the article reports\?|أيّ العبارات التالية يطابق ما ورد في المقال؟)$/u;

interface Row {
  a: CorpusArticle;
  n: number;
  labelled: number;
  acceptable: number;
  wrongKeys: number;
  types: Record<string, number>;
  covered: number;
  facts: number;
  mainEvent: boolean | null;
  whyWanted: boolean;
  whyAsked: boolean;
  figures: number;
  verbatimTrue: number;
  answerEachOther: number;
  notice?: string;
}

const pct = (x: number, d: number) => (d === 0 ? "—" : `${((100 * x) / d).toFixed(1)}%`);
const kind = (q: GeneratedQuestion) => (STATEMENT.test(q.prompt) ? "statement" : WHY.test(q.prompt) ? "why" : q.type);
const isFigure = (q: GeneratedQuestion) =>
  q.type === "date" || q.type === "number" || (q.type === "cloze" && /\p{N}/u.test(String(q.answer)));

/** Does question b print the key of question a (so that a quiz answers a from b)? */
function reveals(a: GeneratedQuestion, b: GeneratedQuestion): boolean {
  if (typeof a.answer !== "string" || a.answer.length < 3 || a.type === "true_false") return false;
  const key = normalizeForMatch(a.answer);
  if (key.length < 3) return false;
  const shown = normalizeForMatch(b.prompt);
  return new RegExp(`(^|[^\\p{L}\\p{N}])${key.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}($|[^\\p{L}\\p{N}])`, "u").test(
    shown,
  );
}

function evaluate(a: CorpusArticle): Row {
  const text = fs.readFileSync(a.textPath, "utf8");
  const res = generateQuestions(text, { count: 12 });
  const labels = readLabels(a);
  const gold = readGold(a);
  const row: Row = {
    a,
    n: res.questions.length,
    labelled: 0,
    acceptable: 0,
    wrongKeys: 0,
    types: {},
    covered: 0,
    facts: 0,
    mainEvent: null,
    whyWanted: !!gold?.causes?.length,
    whyAsked: false,
    figures: 0,
    verbatimTrue: 0,
    answerEachOther: 0,
    ...(res.notice ? { notice: res.notice } : {}),
  };
  for (const q of res.questions) {
    const k = kind(q);
    row.types[k] = (row.types[k] ?? 0) + 1;
    if (k === "why") row.whyAsked = true;
    if (isFigure(q)) row.figures++;
    if (q.type === "true_false" && q.answer === "true") row.verbatimTrue++;
    const l: Label | undefined = labels.get(labelKey(q));
    if (l) {
      row.labelled++;
      if (l.acceptable) row.acceptable++;
      if (!l.key_correct) row.wrongKeys++;
    } else if (listUnlabeled) console.log(`  unlabelled ${a.slug}: [${q.type}] ${q.prompt.slice(0, 100)}`);
    if (verbose)
      console.log(
        `  ${l ? (l.acceptable ? "✓" : "✗") : "?"} ${a.slug} [${k}] ${q.prompt.slice(0, 110)} → ${JSON.stringify(q.answer).slice(0, 60)}${l?.note ? `   (${l.note})` : ""}`,
      );
  }
  for (const x of res.questions) for (const y of res.questions) if (x !== y && reveals(x, y)) row.answerEachOther++;
  if (gold) {
    const facts = gold.facts.concat(
      gold.main_event ? [{ answer: gold.main_event.answer, sentence: gold.main_event.sentence, kind: "event" }] : [],
    );
    const cov = computeCoverage(res.questions, facts, text);
    row.covered = cov.covered;
    row.facts = cov.total;
    if (gold.main_event) {
      const at = text.indexOf(gold.main_event.sentence);
      const end = at + gold.main_event.sentence.length;
      row.mainEvent = at >= 0 && res.questions.some((q) => q.evidence.start < end && at < q.evidence.end);
    }
  }
  return row;
}

function summarise(title: string, rows: Row[]): void {
  if (rows.length === 0) return;
  const sum = (f: (r: Row) => number) => rows.reduce((s, r) => s + f(r), 0);
  const n = sum((r) => r.n);
  const types: Record<string, number> = {};
  for (const r of rows) for (const [t, k] of Object.entries(r.types)) types[t] = (types[t] ?? 0) + k;
  const withMain = rows.filter((r) => r.mainEvent !== null);
  const withCause = rows.filter((r) => r.whyWanted);
  console.log(`\n━━ ${title}: ${rows.length} articles, generator ${GENERATOR_VERSION}`);
  const lines: [string, string][] = [
    [
      "questions",
      `${n} (${(n / rows.length).toFixed(1)} per quiz; ${rows.filter((r) => r.notice === "few_questions").length} quizzes shorter than asked, ${rows.filter((r) => r.n === 0).length} empty)`,
    ],
    [
      "labelled",
      `${sum((r) => r.labelled)} of ${n} (${pct(
        sum((r) => r.labelled),
        n,
      )})`,
    ],
    [
      "ACCEPTABLE",
      `${pct(
        sum((r) => r.acceptable),
        sum((r) => r.labelled),
      )} of labelled (${sum((r) => r.acceptable)}/${sum((r) => r.labelled)})`,
    ],
    [
      "wrong keys",
      `${sum((r) => r.wrongKeys)} (in ${rows.filter((r) => r.wrongKeys > 0).length} of ${rows.length} quizzes)`,
    ],
    [
      "types",
      Object.entries(types)
        .sort((x, y) => y[1] - x[1])
        .map(([t, k]) => `${t}:${k}`)
        .join("  "),
    ],
    [
      "gold facts",
      `${pct(
        sum((r) => r.covered),
        sum((r) => r.facts),
      )} covered (strict: ${sum((r) => r.covered)}/${sum((r) => r.facts)})`,
    ],
    ["main event", `asked in ${withMain.filter((r) => r.mainEvent).length} of ${withMain.length} quizzes`],
    [
      "why/how",
      `asked in ${withCause.filter((r) => r.whyAsked).length} of ${withCause.length} quizzes whose article states a cause`,
    ],
    [
      "date+number",
      `${pct(
        sum((r) => r.figures),
        n,
      )} of questions (target ≤ 33%)`,
    ],
    ["verbatim true", `${sum((r) => r.verbatimTrue)} true/false statements copied from the text`],
    ["answer each other", `${sum((r) => r.answerEachOther)} ordered pairs (a question printing another's key)`],
  ];
  for (const [k, v] of lines) console.log(`  ${k.padEnd(18)} │ ${v}`);
}

function baseline(arts: CorpusArticle[]): void {
  for (const lang of ["ar", "en"] as const) {
    if (onlyLang && onlyLang !== lang) continue;
    const ls = arts
      .filter((a) => a.split === "test" && a.lang === lang)
      .flatMap((a) => [...readLabels(a).values()].filter((l) => l.tag === "baseline"));
    if (ls.length === 0) continue;
    const acc = ls.filter((l) => l.acceptable).length;
    console.log(
      `  baseline ${lang} test (generator ${ls[0]!.generator}, default quiz, judged before tuning): ${pct(acc, ls.length)} acceptable (${acc}/${ls.length}), ${ls.filter((l) => !l.key_correct).length} wrong keys`,
    );
  }
}

function main(): void {
  const arts = listArticles().filter(
    (a) => (!onlySplit || a.split === onlySplit) && (!onlyLang || a.lang === onlyLang),
  );
  if (arts.length === 0) {
    console.error("no corpus articles found (tests/fixtures/corpus/)");
    return;
  }
  const rows = arts.map(evaluate);
  for (const split of SPLITS)
    for (const lang of ["ar", "en"] as const)
      summarise(
        `${lang} · ${split}`,
        rows.filter((r) => r.a.split === split && r.a.lang === lang),
      );
  console.log("\n━━ for comparison");
  baseline(arts);
  const cv = (weights as { cv?: Record<string, string> }).cv;
  console.log(
    `  ranker: ${(weights as { trainedOn: string }).trainedOn}; threshold ${(weights as { threshold: number }).threshold}`,
  );
  if (cv) for (const [k, v] of Object.entries(cv)) console.log(`  ranker ${k}: ${v}`);
}

main();
