"use server";
// Assigning a quiz to a class, changing or deleting the assignment, and one student's accommodation there: thin wrappers (teacher check → lib call →
// result the form can show, or back to the results page with a notice).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAssignment } from "@/lib/assignments/create-assignment";
import { setAccommodation } from "@/lib/assignments/set-accommodation";
import { closeAssignment, deleteAssignment, updateAssignmentDates } from "@/lib/assignments/update-assignment";
import { requireTeacher, requireTeacherPage } from "@/lib/authz";
import { formText } from "@/lib/http/form-action";
import { overrideVerdict } from "@/lib/results/override-verdict";
import { formError, toActionResult, ValidationError, type ActionResult } from "@/lib/errors";

/** A plain form's `FormData`, or a ValidationError (caught below into `?error=invalid_input`) when called without one. */
function theForm(formData: unknown): FormData {
  if (!(formData instanceof FormData)) throw new ValidationError("Send the form.");
  return formData;
}

export async function createAssignmentAction(input: unknown): Promise<ActionResult> {
  const result = await toActionResult(async () => createAssignment({ teacherId: (await requireTeacher()).id, input }));
  if (result.ok) {
    revalidatePath("/teacher/assignments");
    const quizId = (input as { quizId?: unknown } | null)?.quizId;
    if (typeof quizId === "string") revalidatePath(`/teacher/quizzes/${quizId}`);
  }
  return result;
}

/** A plain form (works before hydration): back to the results with `?done=accommodation` or `?error=<code>`. */
export async function setAccommodationAction(formData: FormData) {
  // No session: to sign-in and back; called by hand without a form: back with ?error= (issue 8, Low; both were 500s).
  const teacher = await requireTeacherPage("/teacher/assignments");
  const assignmentId = formText(formData, "assignmentId", 64);
  let query: string;
  try {
    theForm(formData);
    await setAccommodation({
      teacherId: teacher.id,
      assignmentId,
      input: {
        studentId: formData.get("studentId") ?? undefined,
        extraTimePercent: formData.get("extraTimePercent") ?? 0,
        extraTimeMin: formData.get("extraTimeMin") || 0,
        extraAttempts: formData.get("extraAttempts") || 0,
      },
    });
    query = "done=accommodation";
  } catch (err) {
    query = `error=${encodeURIComponent(formError(err).code)}`;
  }
  revalidatePath(`/teacher/assignments/${assignmentId}`);
  redirect(`/teacher/assignments/${encodeURIComponent(assignmentId)}?${query}#accommodations`);
}

/** New dates (edit, or reopen a closed assignment with a later due date): the form sends UTC ISO strings. */
export async function updateAssignmentDatesAction(assignmentId: string, input: unknown): Promise<ActionResult> {
  const result = await toActionResult(async () =>
    updateAssignmentDates({ teacherId: (await requireTeacher()).id, assignmentId: String(assignmentId), input }),
  );
  if (result.ok) {
    revalidatePath(`/teacher/assignments/${assignmentId}`);
    revalidatePath("/teacher/assignments");
  }
  return result;
}

/** Close now / delete: plain forms (they work before hydration), back to the results page with a notice. */
async function manageAssignment(formData: FormData, run: typeof closeAssignment, done: string) {
  const teacher = await requireTeacherPage("/teacher/assignments");
  const assignmentId = formText(formData, "assignmentId", 64);
  let query: string;
  try {
    theForm(formData);
    await run({ teacherId: teacher.id, assignmentId });
    query = `done=${done}`;
  } catch (err) {
    query = `error=${encodeURIComponent(formError(err).code)}`;
  }
  revalidatePath(`/teacher/assignments/${assignmentId}`);
  revalidatePath("/teacher/assignments");
  redirect(`/teacher/assignments/${encodeURIComponent(assignmentId)}?${query}#manage`);
}

export async function closeAssignmentAction(formData: FormData) {
  await manageAssignment(formData, closeAssignment, "closed");
}

export async function deleteAssignmentAction(formData: FormData) {
  await manageAssignment(formData, deleteAssignment, "deleted");
}

/** Override one verdict (a plain form): back to the student's answers with a notice. */
export async function overrideVerdictAction(formData: FormData) {
  const teacher = await requireTeacherPage("/teacher/assignments");
  const assignmentId = formText(formData, "assignmentId", 64);
  const studentId = formText(formData, "studentId", 64);
  let query: string;
  try {
    theForm(formData);
    await overrideVerdict({
      teacherId: teacher.id,
      input: {
        attemptId: formData.get("attemptId"),
        questionId: formData.get("questionId"),
        correct: formData.get("correct"),
      },
    });
    query = "done=overridden";
  } catch (err) {
    query = `error=${encodeURIComponent(formError(err).code)}`;
  }
  revalidatePath(`/teacher/assignments/${assignmentId}`);
  redirect(
    `/teacher/assignments/${encodeURIComponent(assignmentId)}/students/${encodeURIComponent(studentId)}?${query}`,
  );
}
