"use server";
// Quiz builder actions: thin wrappers (teacher check → lib call → result the form can show).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireTeacher } from "@/lib/authz";
import { ValidationError } from "@/lib/errors";
import { toActionResult, type ActionResult } from "@/lib/quizzes/action-result";
import { createQuiz } from "@/lib/quizzes/create-quiz";
import { deleteQuiz, duplicateQuiz } from "@/lib/quizzes/duplicate-delete-quiz";
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

/** Duplicate: a plain form; opens the copy. */
export async function duplicateQuizAction(formData: FormData) {
  const teacher = await requireTeacher();
  if (!(formData instanceof FormData)) throw new ValidationError("Send the form.");
  const t = await getTranslations("quizzes.builder");
  const quizId = String(formData.get("quizId") ?? "").slice(0, 64);
  const { id } = await duplicateQuiz({ teacherId: teacher.id, quizId, title: (title) => t("copyTitle", { title }) });
  revalidatePath("/teacher/quizzes");
  redirect(`/teacher/quizzes/${id}?done=duplicated`);
}

/** Delete (soft; results kept): back to the quiz list with a notice. */
export async function deleteQuizAction(formData: FormData) {
  const teacher = await requireTeacher();
  if (!(formData instanceof FormData)) throw new ValidationError("Send the form.");
  const quizId = String(formData.get("quizId") ?? "").slice(0, 64);
  await deleteQuiz({ teacherId: teacher.id, quizId });
  revalidatePath("/teacher/quizzes");
  revalidatePath("/teacher/assignments");
  redirect("/teacher/quizzes?done=deleted");
}
