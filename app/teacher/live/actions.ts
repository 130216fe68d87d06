"use server";
// "Play live" on a quiz: create the game and open its projector view.
import { redirect } from "next/navigation";
import { requireTeacherPage } from "@/lib/authz";
import { formText } from "@/lib/http/form-action";
import { AppError } from "@/lib/errors";
import { createLiveGame } from "@/lib/live/host-game";
import type { ScoringMode } from "@/lib/live/scoring";
import { CreateLiveGameSchema } from "@/lib/validation/live";

export async function startLiveGameAction(form: FormData) {
  const teacher = await requireTeacherPage("/teacher/quizzes");
  const quizId = formText(form, "quizId", 64);
  // Called without a form: invalid input, back on the quiz page (was a TypeError, a 500).
  const parsed = CreateLiveGameSchema.safeParse(form instanceof FormData ? Object.fromEntries(form) : null);
  if (!parsed.success) redirect(`/teacher/quizzes/${encodeURIComponent(quizId)}?live=invalid_input#live-heading`);
  let gameId: string;
  try {
    const game = await createLiveGame({
      teacherId: teacher.id,
      ...parsed.data,
      scoring: parsed.data.scoring as ScoringMode,
    });
    gameId = game.id;
  } catch (err) {
    if (err instanceof AppError && err.status < 500)
      redirect(`/teacher/quizzes/${encodeURIComponent(quizId)}?live=${err.code}#live-heading`);
    throw err;
  }
  redirect(`/teacher/live/${gameId}`);
}
