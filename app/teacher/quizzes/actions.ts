"use server";
// Quiz builder actions: thin wrappers (teacher check → lib call → result the form can show).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireTeacher } from "@/lib/authz";
import { toActionResult, type ActionResult } from "@/lib/quizzes/action-result";
import { createQuiz } from "@/lib/quizzes/create-quiz";
import { setQuizItems } from "@/lib/quizzes/set-quiz-items";
import { updateQuizSettings } from "@/lib/quizzes/update-quiz";

export async function createQuizAction(input: unknown): Promise<ActionResult> {
  const result = await toActionResult(async () => createQuiz({ teacherId: (await requireTeacher()).id, input }));
  if (result.ok && result.id) {
    revalidatePath("/teacher/quizzes");
    redirect(`/teacher/quizzes/${result.id}`);
  }
  return result;
}

export async function updateQuizSettingsAction(quizId: string, input: unknown): Promise<ActionResult> {
  const result = await toActionResult(async () =>
    updateQuizSettings({ teacherId: (await requireTeacher()).id, quizId: String(quizId), input }),
  );
  if (result.ok) revalidatePath(`/teacher/quizzes/${quizId}`);
  return result;
}

export async function setQuizItemsAction(quizId: string, questionIds: unknown): Promise<ActionResult> {
  const result = await toActionResult(async () =>
    setQuizItems({ teacherId: (await requireTeacher()).id, quizId: String(quizId), questionIds }),
  );
  if (result.ok) revalidatePath(`/teacher/quizzes/${quizId}`);
  return result;
}
