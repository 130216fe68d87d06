// npm run questions -- <file> [--json] [--count N] [--types mcq,cloze,…] [--lang ar|en]
import fs from "node:fs";
import { generateQuestions, QUESTION_TYPES, type GenerateOptions, type QuestionType } from "../questions/index";

function fail(msg: string): never {
  process.stderr.write(
    `questions-cli: ${msg}\nusage: npm run questions -- <file> [--json] [--count N] [--types ${QUESTION_TYPES.join(",")}] [--lang ar|en]\n`,
  );
  process.exit(2);
}

const args = process.argv.slice(2);
let file: string | undefined;
let json = false;
const opts: GenerateOptions = {};
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === "--json") json = true;
  else if (a === "--count") {
    const v = Number(args[++i]);
    if (!Number.isInteger(v) || v < 0) fail("--count needs a non-negative integer");
    opts.count = v;
  } else if (a === "--types") {
    const v = args[++i];
    if (!v) fail("--types needs a list");
    const list = v
      .split(",")
      .map((x) => x.trim())
      .filter(Boolean);
    for (const t of list) if (!(QUESTION_TYPES as readonly string[]).includes(t)) fail(`unknown type "${t}"`);
    opts.types = list as QuestionType[];
  } else if (a === "--lang") {
    const v = args[++i];
    if (v !== "ar" && v !== "en") fail("--lang must be ar or en");
    opts.lang = v;
  } else if (a.startsWith("--")) fail(`unknown option ${a}`);
  else if (file === undefined) file = a;
  else fail(`unexpected argument ${a}`);
}
if (!file) fail("missing <file>");
let text: string;
try {
  text = fs.readFileSync(file, "utf8");
} catch (e) {
  fail(`cannot read ${file}: ${(e as Error).message}`);
}
const res = generateQuestions(text, opts);
if (json) {
  process.stdout.write(JSON.stringify(res) + "\n");
} else {
  const out: string[] = [];
  out.push(
    `language: ${res.language}   questions: ${res.questions.length}${res.notice ? `   notice: ${res.notice}` : ""}`,
  );
  res.questions.forEach((q, i) => {
    out.push("");
    out.push(`${i + 1}. [${q.type}] (difficulty ${q.difficulty}, id ${q.id})`);
    out.push(`   ${q.prompt}`);
    if (q.type === "matching" && q.left) {
      const ans = q.answer as string[];
      q.left.forEach((l, k) => out.push(`   ${l}  →  ${ans[k]}`));
      out.push(`   (shown shuffled: ${q.choices.join(" | ")})`);
    } else if (q.type === "timeline") {
      (q.answer as string[]).forEach((e, k) => out.push(`   ${k + 1}) ${e}`));
      out.push(`   (shown shuffled: ${q.choices.join(" | ")})`);
    } else if (q.choices.length > 0) {
      for (const ch of q.choices) out.push(`   ${ch === q.answer ? "*" : "-"} ${ch}`);
    } else out.push(`   answer: ${String(q.answer)}`);
    const ev = text.slice(q.evidence.start, q.evidence.end).replace(/\s+/gu, " ");
    out.push(`   evidence [${q.evidence.start}, ${q.evidence.end}]: ${ev.length > 300 ? ev.slice(0, 300) + "…" : ev}`);
  });
  process.stdout.write(out.join("\n") + "\n");
}
