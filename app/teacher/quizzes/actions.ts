"use server";
// Quiz builder actions: thin wrappers (teacher check → lib call → result the form can show).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireTeacher, requireTeacherPage } from "@/lib/authz";
import { formText, runFormAction } from "@/lib/http/form-action";
import { toActionResult, type ActionResult } from "@/lib/errors";
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
  const teacher = await requireTeacherPage("/teacher/quizzes");
  const quizId = formText(formData, "quizId", 64);
  let id = "";
  // A missing form or another teacher's quiz: back to the list with ?error= (was a 500).
  await runFormAction("/teacher/quizzes", async () => {
    const t = await getTranslations("quizzes.builder");
    ({ id } = await duplicateQuiz({ teacherId: teacher.id, quizId, title: (title) => t("copyTitle", { title }) }));
  });
  revalidatePath("/teacher/quizzes");
  redirect(`/teacher/quizzes/${id}?done=duplicated`);
}

/** Delete (soft; results kept): back to the quiz list with a notice. */
export async function deleteQuizAction(formData: FormData) {
  const teacher = await requireTeacherPage("/teacher/quizzes");
  const quizId = formText(formData, "quizId", 64);
  await runFormAction("/teacher/quizzes", () => deleteQuiz({ teacherId: teacher.id, quizId }));
  revalidatePath("/teacher/quizzes");
  revalidatePath("/teacher/assignments");
  redirect("/teacher/quizzes?done=deleted");
}
