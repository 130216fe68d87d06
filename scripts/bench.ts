// npm run bench — median generation time for the sample article and synthetic 1k/10k/50k-word inputs.
import fs from "node:fs";
import path from "node:path";
import { generateQuestions } from "../questions/index";

const sample = fs.readFileSync(path.resolve("prisma/seed-data/france-mali.ar.txt"), "utf8");
const fixtureDir = path.resolve("tests/fixtures/articles");
const extra: string[] = [];
try {
  for (const f of fs.readdirSync(fixtureDir).sort())
    if (f.endsWith(".txt")) extra.push(fs.readFileSync(path.join(fixtureDir, f), "utf8"));
} catch {
  /* fixtures are optional */
}

const words = (s: string) => s.split(/\s+/u).filter(Boolean).length;

/** Deterministic synthetic article of ~n words: sentences from the sample (and fixtures), years and numbers varied. */
function synthetic(n: number, sources: string[]): string {
  const sentences = sources.flatMap((t) => t.split(/\n+/u)).filter((l) => words(l) >= 8);
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

function bench(label: string, text: string, runs: number): { label: string; words: number; ms: number; cpu: number } {
  generateQuestions(text); // warm-up
  const times: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    generateQuestions(text);
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1000);
  }
  return { label, words: words(text), ms: median(times), cpu: median(cpus) };
}

const arSources = [sample, ...extra.filter((t) => /[\u0600-\u06FF]/u.test(t))];
const rows = [
  bench("sample (france-mali.ar)", sample, 21),
  bench("synthetic 1k words", synthetic(1_000, arSources), 11),
  bench("synthetic 10k words", synthetic(10_000, arSources), 7),
  bench("synthetic 50k words", synthetic(50_000, arSources), 5),
];
const base = rows[1]!;
console.log(
  "input                      words    median ms  median cpu ms   ms/1k words   × time vs 1k   × words vs 1k",
);
for (const r of rows) {
  console.log(
    `${r.label.padEnd(26)} ${String(r.words).padStart(6)} ${r.ms.toFixed(1).padStart(11)} ${r.cpu.toFixed(1).padStart(14)} ${((r.ms / r.words) * 1000).toFixed(2).padStart(13)} ${(r.ms / base.ms).toFixed(2).padStart(14)} ${(r.words / base.words).toFixed(2).padStart(15)}`,
  );
}
console.log("(wall-clock medians are inflated when the machine is busy; cpu ms is this process's user+system time)");
console.log(
  "(inputs above 400 sentences are sampled evenly before the expensive steps, so growth flattens past ~10k words)",
);
const mem = process.memoryUsage();
console.log(`heap used: ${(mem.heapUsed / 1024 / 1024).toFixed(1)} MB   rss: ${(mem.rss / 1024 / 1024).toFixed(1)} MB`);
console.log(`target: sample ≤ 20 ms → ${rows[0]!.ms <= 20 ? "OK" : "SLOW"}`);
