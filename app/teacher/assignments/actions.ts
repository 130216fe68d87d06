"use server";
// Assigning a quiz to a class: a thin wrapper (teacher check → lib call → result the form can show).
import { revalidatePath } from "next/cache";
import { createAssignment } from "@/lib/assignments/create-assignment";
import { requireTeacher } from "@/lib/authz";
import { toActionResult, type ActionResult } from "@/lib/quizzes/action-result";

export async function createAssignmentAction(input: unknown): Promise<ActionResult> {
  const result = await toActionResult(async () => createAssignment({ teacherId: (await requireTeacher()).id, input }));
  if (result.ok) {
    revalidatePath("/teacher/assignments");
    const quizId = (input as { quizId?: unknown } | null)?.quizId;
    if (typeof quizId === "string") revalidatePath(`/teacher/quizzes/${quizId}`);
  }
  return result;
}
