// `npm run train:ranker` — fits the generator's ranker (questions/rank.ts) on reviewer labels of the DEV split only.
//
// Data: every labelled question of a dev article (tests/fixtures/corpus/**/<slug>.labels.json and the older fixtures),
// with the features the generator computed for it now (when it still generates the same question) or when it was
// judged. Model: L2-regularised logistic regression on `acceptable`, fitted by gradient descent. Validation: 5-fold
// cross-validation grouped by article (no article in both halves); reports precision of the top 12 per held-out
// article against the unranked labelled pool, and precision/kept per threshold. Writes questions/ranker-weights.json.
//   --dry   print figures without writing the weights
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { GeneratedQuestion } from "../questions/index";
import { featuresForQuestions } from "../questions/generate";
import { FEATURE_NAMES, type RankerWeights } from "../questions/rank";
import { listArticles, readLabels } from "./corpus-lib";

const here = path.dirname(fileURLToPath(import.meta.url));
const WEIGHTS_FILE = path.resolve(here, "../questions/ranker-weights.json");
const dry = process.argv.includes("--dry");

interface Row {
  article: string;
  lang: string;
  x: number[];
  y: number;
}

function collect(): Row[] {
  const rows: Row[] = [];
  for (const a of listArticles()) {
    if (a.split !== "dev") continue;
    const labels = readLabels(a);
    if (labels.size === 0) continue;
    const text = fs.readFileSync(a.textPath, "utf8");
    // features recomputed with today's code from each judged question and its evidence (older labels included)
    const judged = [...labels.values()].filter((l) => l.evidence);
    const qs: GeneratedQuestion[] = judged.map((l) => ({
      id: l.key,
      type: l.type as GeneratedQuestion["type"],
      prompt: l.prompt,
      choices: l.choices,
      answer: l.answer,
      evidence: l.evidence!,
      difficulty: l.difficulty ?? 0.5,
      ...(l.left ? { left: l.left } : {}),
    }));
    const feats = featuresForQuestions(text, a.lang, qs);
    judged.forEach((l, i) => {
      const { features: f, allowed } = feats[i]!;
      // the ranker orders what the default mix may ask at all (gates.ts defaultAllowed); the rest never reaches it
      if (!allowed) return;
      rows.push({ article: a.slug, lang: a.lang, x: FEATURE_NAMES.map((n) => f[n] ?? 0), y: l.acceptable ? 1 : 0 });
    });
  }
  return rows;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const dot = (w: number[], x: number[]) => w.reduce((s, wi, i) => s + wi * x[i]!, 0);

function fit(rows: Row[], l2 = 0.01, iters = 4000, lr = 0.5): number[] {
  const d = FEATURE_NAMES.length;
  const w = new Array<number>(d).fill(0);
  const n = Math.max(1, rows.length);
  for (let it = 0; it < iters; it++) {
    const g = new Array<number>(d).fill(0);
    for (const r of rows) {
      const e = sigmoid(dot(w, r.x)) - r.y;
      for (let j = 0; j < d; j++) g[j]! += e * r.x[j]!;
    }
    for (let j = 0; j < d; j++) w[j]! -= lr * (g[j]! / n + (j === 0 ? 0 : l2 * w[j]!));
  }
  return w;
}

function main(): void {
  const rows = collect();
  const articles = [...new Set(rows.map((r) => r.article))].sort();
  if (rows.length < 50 || articles.length < 5) {
    console.error(
      `only ${rows.length} labelled questions from ${articles.length} dev articles: label more first (npm run labels)`,
    );
    process.exit(1);
  }
  const pos = rows.filter((r) => r.y === 1).length;
  console.log(
    `dev labels: ${rows.length} questions from ${articles.length} articles, ${((100 * pos) / rows.length).toFixed(1)}% acceptable`,
  );
  // grouped 5-fold CV
  const folds = 5;
  const foldOf = new Map(articles.map((a, i) => [a, i % folds]));
  const held: Array<{ article: string; lang: string; p: number; y: number }> = [];
  for (let k = 0; k < folds; k++) {
    const train = rows.filter((r) => foldOf.get(r.article) !== k);
    const w = fit(train);
    for (const r of rows)
      if (foldOf.get(r.article) === k) held.push({ article: r.article, lang: r.lang, p: sigmoid(dot(w, r.x)), y: r.y });
  }
  const cvReport: Record<string, string> = {};
  for (const lang of ["all", "ar", "en"]) {
    const hs = held.filter((h) => lang === "all" || h.lang === lang);
    const arts = [...new Set(hs.map((h) => h.article))];
    let top = 0;
    let topN = 0;
    for (const a of arts) {
      const mine = hs
        .filter((h) => h.article === a)
        .sort((x, y) => y.p - x.p)
        .slice(0, 12);
      top += mine.filter((h) => h.y === 1).length;
      topN += mine.length;
    }
    const base = hs.filter((h) => h.y === 1).length / Math.max(1, hs.length);
    const line = `${((100 * top) / Math.max(1, topN)).toFixed(1)}% (unranked pool: ${(100 * base).toFixed(1)}%, ${hs.length} questions)`;
    cvReport[`top-12 precision, ${lang}, 5-fold CV by article`] = line;
    console.log(`[${lang}] cross-validated precision of the top 12 per article: ${line}`);
  }
  console.log("threshold  precision  kept/article  (cross-validated, all languages)");
  // the threshold: the lowest whose kept questions reach 80% precision with ≥ 5 kept per article; failing that, the one
  // with the best precision that still keeps ≥ 6 questions per article (a quiz of fewer is not worth printing)
  let chosen = 0;
  let chosenBy = "";
  let best = -1;
  for (const t of [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7]) {
    const kept = held.filter((h) => h.p >= t);
    const prec = kept.filter((h) => h.y === 1).length / Math.max(1, kept.length);
    const perArt = kept.length / articles.length;
    console.log(`  ${t.toFixed(2)}     ${(100 * prec).toFixed(1).padStart(5)}%     ${perArt.toFixed(1)}`);
    if (!chosenBy && prec >= 0.8 && perArt >= 5) {
      chosen = t;
      chosenBy = "80% precision";
    }
    if (perArt >= 6 && prec > best) {
      best = prec;
      if (!chosenBy.startsWith("80")) chosen = t;
    }
  }
  if (!chosenBy) chosenBy = `best precision keeping ≥ 6 per article (${(100 * best).toFixed(1)}%)`;
  const w = fit(rows);
  const weights: RankerWeights = {
    trainedOn: `${rows.length} reviewer-labelled questions from ${articles.length} dev articles`,
    threshold: chosen,
    cv: cvReport,
    weights: Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, Math.round(w[i]! * 1000) / 1000])),
  };
  console.log(`threshold chosen: ${chosen} (${chosenBy})`);
  const top = FEATURE_NAMES.map((n, i) => [n, w[i]!] as const)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .slice(0, 12);
  console.log("largest weights: " + top.map(([n, v]) => `${n} ${v.toFixed(2)}`).join(", "));
  if (!dry) {
    fs.writeFileSync(WEIGHTS_FILE, JSON.stringify(weights, null, 2) + "\n");
    console.log(`wrote ${path.relative(process.cwd(), WEIGHTS_FILE)}`);
  }
}

main();
