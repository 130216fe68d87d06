// Importing a file into one of the teacher's articles: the preview (what will come in, with or without evidence, and
// what cannot and why) and the save, which recomputes the same preview and writes only its importable questions,
// in one transaction. A file that cannot be read as a whole saves nothing.
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { loadOwnedArticle } from "@/lib/bank/ownership";
import { anchorEvidence } from "./anchor-evidence";
import { checkImportedQuestion } from "./check-imported";
import { parseImportFile, type ImportFormat } from "./formats";
import type { InteropQuestion, Skipped } from "./types";

const IMPORT_GENERATOR_VERSION = "import";

export interface PreviewItem {
  n: number;
  type: InteropQuestion["type"];
  prompt: string;
  choices: string[];
  answer: string | string[];
  left?: string[];
  /** Where the evidence was found in the article; null: it will be imported flagged "no evidence". */
  evidence: { start: number; end: number; text: string } | null;
  /** The evidence text the file carried, when it was not found in the article. */
  unmatchedEvidence?: string;
}

export interface ImportPreview {
  format: ImportFormat;
  ready: PreviewItem[];
  skipped: Skipped[];
}

/** Pure: a parsed file checked against an article's text. */
export function previewAgainst(
  parsed: { format: ImportFormat; questions: (InteropQuestion & { n: number })[]; skipped: Skipped[] },
  body: string,
): ImportPreview {
  const ready: PreviewItem[] = [];
  const skipped: Skipped[] = [...parsed.skipped];
  for (const q of parsed.questions) {
    const checked = checkImportedQuestion(q);
    if (!checked.ok) {
      skipped.push({ n: q.n, prompt: q.prompt, code: "invalid", detail: { reason: checked.code } });
      continue;
    }
    const c = checked.question;
    const at = anchorEvidence(body, c.evidenceText, c.evidence);
    ready.push({
      n: q.n,
      type: c.type,
      prompt: c.prompt,
      choices: c.choices,
      answer: c.answer,
      ...(c.left ? { left: c.left } : {}),
      evidence: at ? { ...at, text: body.slice(at.start, at.end) } : null,
      ...(!at && c.evidenceText ? { unmatchedEvidence: c.evidenceText } : {}),
    });
  }
  skipped.sort((a, b) => a.n - b.n);
  return { format: parsed.format, ready, skipped };
}

export async function previewImport({
  teacherId,
  articleId,
  fileName,
  bytes,
}: {
  teacherId: string;
  articleId: string;
  fileName: string;
  bytes: Uint8Array;
}): Promise<ImportPreview> {
  const article = await loadOwnedArticle({ teacherId, articleId });
  return previewAgainst(await parseImportFile(fileName, bytes), article.body);
}

export async function saveImport(opts: {
  teacherId: string;
  articleId: string;
  fileName: string;
  bytes: Uint8Array;
}): Promise<ImportPreview & { saved: number }> {
  const preview = await previewImport(opts);
  if (preview.ready.length === 0) return { ...preview, saved: 0 };
  const saved = await db.$transaction(async (tx) => {
    const last = await tx.question.findFirst({
      where: { articleId: opts.articleId },
      orderBy: { position: "desc" },
      select: { position: true },
    });
    const first = (last?.position ?? -1) + 1;
    const { count } = await tx.question.createMany({
      data: preview.ready.map((q, i) => ({
        articleId: opts.articleId,
        position: first + i,
        type: q.type,
        prompt: q.prompt,
        choices: JSON.stringify(q.choices),
        answer: JSON.stringify(q.answer),
        left: q.left ? JSON.stringify(q.left) : null,
        // No evidence found: an empty span (0, 0), which the review screen flags as "no evidence".
        evidenceStart: q.evidence?.start ?? 0,
        evidenceEnd: q.evidence?.end ?? 0,
        generatorKey: `import-${randomUUID()}`,
        generatorVersion: IMPORT_GENERATOR_VERSION,
        origin: "imported",
        status: "draft",
      })),
    });
    return count;
  });
  return { ...preview, saved };
}
