// npm run bench [-- --lang ar|en] — generator time per language: a real article and synthetic 1k/10k/50k-word inputs,
// each against plain segmentation (questions/sentences.ts splitSentences) of the same input, measured in the same run.
// Issue 9's targets: ≤ 50 ms per 1,000 words and ≤ 5× plain segmentation, in both languages.
// `--baseline <checkout>` also times that checkout's generator (e.g. a worktree of main) in the same process, run by
// run alternately with this one, and prints its CPU ms and this/baseline (the fair comparison on a busy machine).
import fs from "node:fs";
import path from "node:path";
import { generateQuestions } from "../questions/index";
import { splitSentences } from "../questions/sentences";

type Lang = "ar" | "en";
const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const argLang = arg("--lang");
const langs: Lang[] = argLang === "ar" || argLang === "en" ? [argLang] : ["ar", "en"];
const baselineDir = arg("--baseline");
type Generate = typeof generateQuestions;
const baseline: Generate | null = baselineDir
  ? ((await import(path.resolve(baselineDir, "questions/index.ts"))) as { generateQuestions: Generate })
      .generateQuestions
  : null;

function readTexts(dir: string, keep: (f: string) => boolean): string[] {
  try {
    return fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".txt") && keep(f))
      .sort()
      .map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
  } catch {
    return []; // fixtures are optional
  }
}

const fixtureDir = path.resolve("tests/fixtures/articles");
const samples: Record<Lang, { label: string; text: string }> = {
  ar: {
    label: "sample (france-mali.ar)",
    text: fs.readFileSync(path.resolve("prisma/seed-data/france-mali.ar.txt"), "utf8"),
  },
  en: {
    label: "sample (webb-telescope.en)",
    text: fs.readFileSync(path.join(fixtureDir, "webb-telescope.en.txt"), "utf8"),
  },
};
const sources: Record<Lang, string[]> = {
  ar: [samples.ar.text, ...readTexts(fixtureDir, (f) => f.endsWith(".ar.txt"))],
  en: [
    ...readTexts(fixtureDir, (f) => f.endsWith(".en.txt")),
    ...readTexts(path.resolve("tests/fixtures/corpus/en"), () => true),
  ],
};

const words = (s: string) => s.split(/\s+/u).filter(Boolean).length;

/** Deterministic synthetic article of ~n words: lines of the sources, years varied from one pass to the next. */
function synthetic(n: number, from: string[]): string {
  const sentences = from.flatMap((t) => t.split(/\n+/u)).filter((l) => words(l) >= 8);
  const out: string[] = [];
  let total = 0;
  let k = 0;
  while (total < n) {
    const s = sentences[k % sentences.length]!;
    const round = Math.floor(k / sentences.length);
    const varied = s.replace(/(?<![0-9])(19|20)([0-9]{2})(?![0-9])/gu, (_m, a: string, b: string) =>
      String(Number(a + b) - (round % 7)),
    );
    out.push(varied);
    total += words(varied);
    k++;
  }
  return out.join("\n");
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median wall and CPU ms of each fn over runs (after one warm-up each), the fns alternating run by run. */
function time(fns: Array<() => void>, runs: number): Array<{ ms: number; cpu: number }> {
  for (const fn of fns) fn();
  const times = fns.map(() => [] as number[]);
  const cpus = fns.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    const order = fns.map((_, k) => k);
    if (i % 2 === 1) order.reverse(); // neither goes first every time
    order.forEach((k) => {
      const fn = fns[k]!;
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      fn();
      times[k]!.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpus[k]!.push((c.user + c.system) / 1000);
    });
  }
  return fns.map((_, k) => ({ ms: median(times[k]!), cpu: median(cpus[k]!) }));
}

interface Row {
  lang: Lang;
  label: string;
  words: number;
  ms: number;
  cpu: number;
  segMs: number;
  segCpu: number;
  baseCpu?: number;
}

function bench(lang: Lang, label: string, text: string, runs: number): Row {
  // generation, segmentation (and the baseline's generation) interleaved run by run, so all see the same load
  const fns = [() => void generateQuestions(text, { lang }), () => void splitSentences(text, lang)];
  if (baseline) fns.push(() => void baseline(text, { lang }));
  const [gen, seg, base] = time(fns, runs);
  const row: Row = { lang, label, words: words(text), ms: gen!.ms, cpu: gen!.cpu, segMs: seg!.ms, segCpu: seg!.cpu };
  if (base) row.baseCpu = base.cpu;
  return row;
}

const rows: Row[] = [];
for (const lang of langs) {
  rows.push(bench(lang, samples[lang].label, samples[lang].text, 21));
  rows.push(bench(lang, "synthetic 1k words", synthetic(1_000, sources[lang]), 11));
  rows.push(bench(lang, "synthetic 10k words", synthetic(10_000, sources[lang]), 5));
  rows.push(bench(lang, "synthetic 50k words", synthetic(50_000, sources[lang]), 3));
}

const per1k = (ms: number, w: number) => (ms / w) * 1000;
console.log(
  "lang input                       words   median ms  median cpu ms  ms/1k words  cpu ms/1k   seg cpu ms  × seg (cpu)" +
    (baseline ? "  baseline cpu ms  ÷ baseline" : ""),
);
for (const r of rows) {
  const vs =
    r.baseCpu === undefined
      ? ""
      : `${r.baseCpu.toFixed(1).padStart(17)} ${(r.cpu / Math.max(r.baseCpu, 0.001)).toFixed(2).padStart(12)}`;
  console.log(
    `${r.lang.padEnd(4)} ${r.label.padEnd(26)} ${String(r.words).padStart(6)} ${r.ms.toFixed(1).padStart(11)} ${r.cpu.toFixed(1).padStart(14)} ${per1k(r.ms, r.words).toFixed(2).padStart(12)} ${per1k(r.cpu, r.words).toFixed(2).padStart(10)} ${r.segCpu.toFixed(1).padStart(12)} ${(r.cpu / Math.max(r.segCpu, 0.001)).toFixed(1).padStart(12)}${vs}`,
  );
}
if (baselineDir) console.log(`(baseline: ${path.resolve(baselineDir)}, timed alternately with this checkout)`);
console.log("(wall-clock medians are inflated when the machine is busy; cpu ms is this process's user+system time)");
console.log(
  "(inputs above 400 sentences are sampled evenly before the expensive steps, so growth flattens past ~10k words)",
);
const mem = process.memoryUsage();
console.log(`heap used: ${(mem.heapUsed / 1024 / 1024).toFixed(1)} MB   rss: ${(mem.rss / 1024 / 1024).toFixed(1)} MB`);
// issue 9's targets, judged on the 10k-word input (CPU time: the figure least moved by other processes)
for (const r of rows.filter((x) => x.label === "synthetic 10k words")) {
  const p = per1k(r.cpu, r.words);
  const x = r.cpu / Math.max(r.segCpu, 0.001);
  console.log(
    `target ${r.lang}: ≤ 50 ms per 1,000 words → ${p.toFixed(1)} (${p <= 50 ? "OK" : "SLOW"}); ≤ 5× segmentation → ${x.toFixed(1)}× (${x <= 5 ? "OK" : "SLOW"})`,
  );
}
const arSample = rows.find((r) => r.lang === "ar" && r.label.startsWith("sample"));
if (arSample) console.log(`target: Arabic sample ≤ 20 ms → ${arSample.ms <= 20 ? "OK" : "SLOW"}`);
