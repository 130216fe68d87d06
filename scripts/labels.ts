// Reviewer labels for the corpus: export generated questions for a strict reviewer, then merge their verdicts.
//
//   npm run labels -- export --split dev|test [--count 12] [--lang ar|en] [--batches 6] [--unlabeled] [--out tmp/review]
//       writes <out>/batch-NN.md (each article, then its questions numbered) and <out>/batch-NN.json (what the numbers are)
//   npm run labels -- merge <out>/batch-NN.labels.json [...] [--tag baseline]
//       reads the reviewer's [{ n, key_correct, answerable, fluent, distractors_ok, worth_asking, acceptable, note }]
//       and stores each verdict next to its article (<slug>.labels.json), keyed by labelKey
import fs from "node:fs";
import path from "node:path";
import { generateQuestions, GENERATOR_VERSION, type GenerateDetail, type GeneratedQuestion } from "../questions/index";
import { labelKey, listArticles, readLabels, writeLabels, type CorpusArticle, type Label } from "./corpus-lib";

const argv = process.argv.slice(2);
const cmd = argv[0];
const opt = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};

interface BatchItem {
  n: number;
  slug: string;
  key: string;
  question: GeneratedQuestion;
  features: Record<string, number>;
}

function render(q: GeneratedQuestion, text: string): string {
  const lines: string[] = [];
  lines.push(`type: ${q.type}`);
  lines.push(`prompt: ${q.prompt}`);
  if (q.left) lines.push(`left items: ${q.left.map((x, i) => `(${i + 1}) ${x}`).join("  ")}`);
  if (q.choices.length) lines.push(`choices: ${q.choices.map((x) => `[${x}]`).join("  ")}`);
  lines.push(`KEY: ${Array.isArray(q.answer) ? q.answer.map((x, i) => `(${i + 1}) ${x}`).join("  ") : q.answer}`);
  lines.push(`evidence shown after answering: «${text.slice(q.evidence.start, q.evidence.end).replace(/\s+/gu, " ")}»`);
  return lines.join("\n");
}

function exportBatches(): void {
  const split = opt("--split") ?? "dev";
  const count = Number(opt("--count") ?? 12);
  const lang = opt("--lang");
  const nBatches = Number(opt("--batches") ?? 6);
  const out = opt("--out") ?? "tmp/review";
  const unlabeled = argv.includes("--unlabeled");
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, "generator.txt"), GENERATOR_VERSION + "\n");
  const arts = listArticles().filter((a) => a.split === split && (!lang || a.lang === lang));
  const perArticle: Array<{ a: CorpusArticle; text: string; items: Omit<BatchItem, "n">[] }> = [];
  for (const a of arts) {
    const text = fs.readFileSync(a.textPath, "utf8");
    const detail: GenerateDetail = { features: new Map(), pAccept: new Map() };
    const res = generateQuestions(text, { count }, detail);
    const have = readLabels(a);
    const items = res.questions
      .map((q) => ({ slug: a.slug, key: labelKey(q), question: q, features: detail.features.get(q.id) ?? {} }))
      .filter((it) => !unlabeled || !have.has(it.key));
    if (items.length) perArticle.push({ a, text, items });
  }
  // balance batches by question count, keeping an article's questions together
  const batches: (typeof perArticle)[] = Array.from({ length: nBatches }, () => []);
  const load = new Array<number>(nBatches).fill(0);
  for (const pa of [...perArticle].sort((x, y) => y.items.length - x.items.length)) {
    const k = load.indexOf(Math.min(...load));
    batches[k]!.push(pa);
    load[k]! += pa.items.length;
  }
  let total = 0;
  batches.forEach((b, bi) => {
    if (b.length === 0) return;
    const name = `batch-${String(bi + 1).padStart(2, "0")}`;
    const md: string[] = [];
    const items: BatchItem[] = [];
    let n = 0;
    for (const { a, text, items: its } of b) {
      md.push(`\n\n######## ARTICLE ${a.slug} (${a.lang}) ########\n`);
      md.push(text.trim());
      md.push(`\n\n######## QUESTIONS on ${a.slug} ########`);
      for (const it of its) {
        n++;
        items.push({ n, ...it });
        md.push(`\n--- Q${n} (${a.slug})\n${render(it.question, text)}`);
      }
    }
    fs.writeFileSync(path.join(out, `${name}.md`), md.join("\n") + "\n");
    fs.writeFileSync(path.join(out, `${name}.json`), JSON.stringify(items, null, 1));
    console.log(`${name}: ${b.length} articles, ${items.length} questions`);
    total += items.length;
  });
  console.log(
    `total ${total} questions from ${perArticle.length} articles (split ${split}, count ${count}, generator ${GENERATOR_VERSION})`,
  );
}

/** The generator version a batch was exported with (written beside it by export). */
function batchGenerator(f: string): string {
  const meta = path.join(path.dirname(f), "generator.txt");
  return fs.existsSync(meta) ? fs.readFileSync(meta, "utf8").trim() : GENERATOR_VERSION;
}

const BOOL_FIELDS = ["key_correct", "answerable", "fluent", "distractors_ok", "worth_asking", "acceptable"] as const;

function merge(files: string[]): void {
  const arts = new Map(listArticles().map((a) => [a.slug, a]));
  const bySlug = new Map<string, Map<string, Label>>();
  const tagAt = files.indexOf("--tag");
  const tag = tagAt >= 0 ? files.splice(tagAt, 2)[1] : undefined;
  let merged = 0;
  for (const f of files) {
    const batch = JSON.parse(fs.readFileSync(f.replace(/\.labels\.json$/u, ".json"), "utf8")) as BatchItem[];
    const verdicts = JSON.parse(fs.readFileSync(f, "utf8")) as Array<Record<string, unknown>>;
    const byN = new Map(batch.map((b) => [b.n, b]));
    for (const v of verdicts) {
      const it = byN.get(Number(v.n));
      if (!it) throw new Error(`${f}: no question n=${String(v.n)}`);
      for (const k of BOOL_FIELDS) if (typeof v[k] !== "boolean") throw new Error(`${f}: n=${it.n} lacks boolean ${k}`);
      const a = arts.get(it.slug);
      if (!a) throw new Error(`unknown article ${it.slug}`);
      const labels = bySlug.get(it.slug) ?? readLabels(a);
      bySlug.set(it.slug, labels);
      const q = it.question;
      // a tagged verdict (the baseline) is kept apart from the current ones, even for a question judged twice
      const l: Label = {
        key: tag ? `${tag}:${it.key}` : it.key,
        generator: batchGenerator(f),
        type: q.type,
        prompt: q.prompt,
        answer: q.answer,
        choices: q.choices,
        evidence: q.evidence,
        difficulty: q.difficulty,
        key_correct: v.key_correct as boolean,
        answerable: v.answerable as boolean,
        fluent: v.fluent as boolean,
        distractors_ok: v.distractors_ok as boolean,
        worth_asking: v.worth_asking as boolean,
        acceptable: v.acceptable as boolean,
        features: it.features,
      };
      if (typeof v.note === "string" && v.note) l.note = v.note;
      if (tag) l.tag = tag;
      if (q.left) l.left = q.left;
      labels.set(l.key, l);
      merged++;
    }
  }
  for (const [slug, labels] of bySlug) writeLabels(arts.get(slug)!, labels);
  console.log(`merged ${merged} verdicts into ${bySlug.size} articles`);
}

if (cmd === "export") exportBatches();
else if (cmd === "merge") merge(argv.slice(1));
else {
  console.error("usage: npm run labels -- export --split dev|test [...] | merge <file>...");
  process.exit(2);
}
