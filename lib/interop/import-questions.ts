// Importing a question file into the teacher's bank: the preview (where each question will go — an article whose text
// holds its evidence, or a new question set with no article — what cannot come in, and why) and the save, which
// recomputes the same preview and writes only its importable questions, in one transaction. A file that cannot be read
// as a whole saves nothing. Three entry points: one article's review screen, one question set's, and the whole bank
// (the articles list), which looks for each question's evidence in every article of the teacher.
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { assertTeacherId, loadOwnedArticle } from "@/lib/bank/ownership";
import { guessLanguage } from "@/lib/articles/kinds";
import { TITLE_MAX } from "@/lib/validation/article";
import { anchorEvidence } from "./anchor-evidence";
import { checkImportedQuestion } from "./check-imported";
import { parseImportFile, type ImportFormat } from "./formats";
import type { InteropQuestion, Skipped } from "./types";

const IMPORT_GENERATOR_VERSION = "import";
/** The bank-wide import looks for evidence in the teacher's newest articles, at most this many. */
const IMPORT_SEARCH_ARTICLES = 200;

export interface PreviewItem {
  n: number;
  type: InteropQuestion["type"];
  prompt: string;
  choices: string[];
  answer: string | string[];
  left?: string[];
  /** Where the evidence was found in `into`'s text; null: it will be imported flagged "no evidence". */
  evidence: { start: number; end: number; text: string } | null;
  /** The evidence text the file carried, when it was found in no article. */
  unmatchedEvidence?: string;
  /** The article (or existing question set) it goes into; null: the new question set (`newSet`). */
  into: { articleId: string; title: string } | null;
}

export interface ImportPreview {
  format: ImportFormat;
  ready: PreviewItem[];
  skipped: Skipped[];
  /** The question set this import creates for the questions whose evidence no article holds; null: none. */
  newSet: { title: string; language: "ar" | "en" } | null;
}

/** Where an import goes: one of the teacher's articles or question sets, or the whole bank. */
export type ImportTarget = { articleId: string } | { bank: true };

export interface ImportOptions {
  teacherId: string;
  target: ImportTarget;
  fileName: string;
  bytes: Uint8Array;
  /** An article's import: questions whose evidence is not in it go to a new set (default) or "here", flagged. */
  unmatched?: "set" | "here";
  /** The new set's name; default: the file's name. */
  setTitle?: string;
}

/** An article to look for evidence in. */
export interface Candidate {
  id: string;
  title: string;
  body: string;
}

type Parsed = { format: ImportFormat; questions: (InteropQuestion & { n: number })[]; skipped: Skipped[] };

const flatten = (s: string) => s.replace(/\s+/gu, " ");

/**
 * Pure: a parsed file checked question by question, each placed in the first candidate whose text holds its evidence
 * (offsets recomputed for that text), else in `fallback` (null: a new question set).
 */
function placeQuestions(
  parsed: Parsed,
  candidates: Candidate[],
  fallback: { articleId: string; title: string } | null,
): Omit<ImportPreview, "newSet"> {
  const ready: PreviewItem[] = [];
  const skipped: Skipped[] = [...parsed.skipped];
  // Whitespace-collapsed copies: a quick "is it in there?" before anchoring, so a bank of many articles stays cheap.
  const flat = candidates.length > 1 ? candidates.map((c) => flatten(c.body)) : null;
  for (const q of parsed.questions) {
    const checked = checkImportedQuestion(q);
    if (!checked.ok) {
      skipped.push({ n: q.n, prompt: q.prompt, code: "invalid", detail: { reason: checked.code } });
      continue;
    }
    const c = checked.question;
    const wanted = flatten((c.evidenceText ?? "").trim());
    let found: { candidate: Candidate; at: { start: number; end: number } } | null = null;
    if (wanted) {
      for (const [i, candidate] of candidates.entries()) {
        if (flat && !flat[i]!.includes(wanted)) continue;
        const at = anchorEvidence(candidate.body, c.evidenceText, c.evidence);
        if (at) {
          found = { candidate, at };
          break;
        }
      }
    }
    ready.push({
      n: q.n,
      type: c.type,
      prompt: c.prompt,
      choices: c.choices,
      answer: c.answer,
      ...(c.left ? { left: c.left } : {}),
      evidence: found ? { ...found.at, text: found.candidate.body.slice(found.at.start, found.at.end) } : null,
      ...(!found && c.evidenceText ? { unmatchedEvidence: c.evidenceText } : {}),
      into: found ? { articleId: found.candidate.id, title: found.candidate.title } : fallback,
    });
  }
  skipped.sort((a, b) => a.n - b.n);
  return { format: parsed.format, ready, skipped };
}

/** Pure: a parsed file checked against one article's text (questions not found there stay in that article). */
export function previewAgainst(parsed: Parsed, body: string): Omit<ImportPreview, "newSet"> {
  const here = { id: "", title: "", body };
  return placeQuestions(parsed, [here], { articleId: "", title: "" });
}

/** The set's name: the one given, else the file's name without its extension. */
function setTitleFor(fileName: string, given?: string): string {
  const fromFile = fileName
    .replace(/\.[^.]*$/u, "")
    .replace(/[_]+/gu, " ")
    .trim();
  return (given?.trim() || fromFile || "Imported questions").slice(0, TITLE_MAX);
}

export async function previewImport(opts: ImportOptions): Promise<ImportPreview> {
  assertTeacherId(opts.teacherId);
  const parsed = await parseImportFile(opts.fileName, opts.bytes);
  let placed: Omit<ImportPreview, "newSet">;
  if ("articleId" in opts.target) {
    const article = await loadOwnedArticle({ teacherId: opts.teacherId, articleId: opts.target.articleId });
    const self = { articleId: article.id, title: article.title };
    placed =
      article.kind === "set"
        ? placeQuestions(parsed, [], self)
        : placeQuestions(
            parsed,
            [{ id: article.id, title: article.title, body: article.body }],
            opts.unmatched === "here" ? self : null,
          );
  } else {
    const articles = await db.article.findMany({
      where: { ownerId: opts.teacherId, kind: "article" },
      orderBy: { createdAt: "desc" },
      select: { id: true, title: true, body: true },
      take: IMPORT_SEARCH_ARTICLES,
    });
    placed = placeQuestions(parsed, articles, null);
  }
  const toSet = placed.ready.filter((q) => q.into === null);
  return {
    ...placed,
    newSet:
      toSet.length === 0
        ? null
        : {
            title: setTitleFor(opts.fileName, opts.setTitle),
            language: guessLanguage(toSet.flatMap((q) => [q.prompt, ...q.choices])),
          },
  };
}

export interface ImportResult extends ImportPreview {
  saved: number;
  /** The question set created for this import, if any. */
  set: { id: string; title: string } | null;
  /** How many questions went into each article or set. */
  placed: { articleId: string; title: string; count: number }[];
}

export async function saveImport(opts: ImportOptions): Promise<ImportResult> {
  const preview = await previewImport(opts);
  if (preview.ready.length === 0) return { ...preview, saved: 0, set: null, placed: [] };
  return db.$transaction(async (tx) => {
    const set = preview.newSet
      ? await tx.article.create({
          data: {
            title: preview.newSet.title,
            body: "",
            language: preview.newSet.language,
            kind: "set",
            ownerId: opts.teacherId,
          },
          select: { id: true, title: true },
        })
      : null;
    const groups = new Map<string, { title: string; items: PreviewItem[] }>();
    for (const q of preview.ready) {
      const into = q.into ?? { articleId: set!.id, title: set!.title };
      const group = groups.get(into.articleId) ?? { title: into.title, items: [] };
      group.items.push(q);
      groups.set(into.articleId, group);
    }
    // The preview was read outside this transaction: an article deleted since then must not take the import down
    // half-way (the whole import is refused; nothing is written).
    const still = await tx.article.count({ where: { id: { in: [...groups.keys()] }, ownerId: opts.teacherId } });
    if (still !== groups.size)
      throw new ConflictError("An article this file was going into was deleted meanwhile; preview again.", "gone");
    let saved = 0;
    for (const [articleId, group] of groups) {
      const last = await tx.question.findFirst({
        where: { articleId },
        orderBy: { position: "desc" },
        select: { position: true },
      });
      const first = (last?.position ?? -1) + 1;
      const { count } = await tx.question.createMany({
        data: group.items.map((q, i) => ({
          articleId,
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
      saved += count;
    }
    return {
      ...preview,
      saved,
      set,
      placed: [...groups].map(([articleId, g]) => ({ articleId, title: g.title, count: g.items.length })),
    };
  });
}
