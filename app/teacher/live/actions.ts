"use server";
// "Play live" on a quiz: create the game and open its projector view.
import { redirect } from "next/navigation";
import { requireTeacher } from "@/lib/authz";
import { AppError } from "@/lib/errors";
import { createLiveGame } from "@/lib/live/host-game";
import type { ScoringMode } from "@/lib/live/scoring";
import { CreateLiveGameSchema } from "@/lib/validation/live";

export async function startLiveGameAction(form: FormData) {
  const teacher = await requireTeacher();
  const quizId = String(form.get("quizId") ?? "");
  const parsed = CreateLiveGameSchema.safeParse(Object.fromEntries(form));
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
