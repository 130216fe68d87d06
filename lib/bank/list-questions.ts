// The question bank of one of the teacher's articles, filtered by type and status. Archived versions (replaced or
// deleted, kept only for past results) are hidden unless asked for.
import "server-only";
import { db } from "@/lib/db";
import type { QuestionType } from "@/questions/types";
import { countResponsesByQuestion } from "./response-counts";
import { BANK_QUESTION_SELECT, toBankQuestion, type BankQuestion } from "./bank-question";
import { loadOwnedArticle } from "./ownership";

import type { StatusFilter } from "@/lib/validation/question";

/** One of the teacher's articles' bank, filtered (the review screen's filters). */
export interface BankQuery {
  teacherId: string;
  articleId: string;
  type?: QuestionType;
  /** draft / approved: current questions with that status; archived: only archived ones; none: all current ones. */
  status?: StatusFilter;
}

export async function listQuestions({ teacherId, articleId, type, status }: BankQuery): Promise<BankQuestion[]> {
  const article = await loadOwnedArticle({ teacherId, articleId });
  const rows = await db.question.findMany({
    where: {
      articleId: article.id,
      ...(type ? { type } : {}),
      ...(status === "archived" ? { archivedAt: { not: null } } : { archivedAt: null }),
      ...(status === "draft" || status === "approved" ? { status } : {}),
    },
    orderBy: [{ position: "asc" }, { version: "asc" }],
    select: BANK_QUESTION_SELECT,
  });
  const answers = await countResponsesByQuestion(rows.map((r) => r.id));
  return rows.map((r) => toBankQuestion(r, article.body, answers.get(r.id) ?? 0));
}

/**
 * The current version of a question (following edits that created new versions), for links from past results.
 * Null when it is not the teacher's, or when its latest version was deleted.
 */
export async function findCurrentVersion({
  teacherId,
  articleId,
  questionId,
}: {
  teacherId: string;
  articleId: string;
  questionId: string;
}): Promise<{ id: string; isReplaced: boolean } | null> {
  await loadOwnedArticle({ teacherId, articleId });
  let row = await db.question.findFirst({
    where: { id: questionId, articleId },
    select: { id: true, archivedAt: true },
  });
  const start = row?.id;
  for (let hops = 0; row && row.archivedAt && hops < 100; hops++) {
    row = await db.question.findFirst({
      where: { previousId: row.id, articleId },
      orderBy: { version: "desc" },
      select: { id: true, archivedAt: true },
    });
  }
  if (!row || row.archivedAt) return null;
  return { id: row.id, isReplaced: row.id !== start };
}
