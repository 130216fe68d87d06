"use server";
// The teacher's class actions: thin — who is asking, which class, call lib/, then back to the page with a notice.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createClass } from "@/lib/classes/create-class";
import { deleteClass } from "@/lib/classes/delete-class";
import { purgeClass } from "@/lib/classes/purge-class";
import { regenerateJoinCode } from "@/lib/classes/regenerate-code";
import type { ClassStudentRef } from "@/lib/classes/class-student";
import { readmitStudent } from "@/lib/classes/readmit-student";
import { removeStudent } from "@/lib/classes/remove-student";
import { restoreClass } from "@/lib/classes/restore-class";
import { unlockStudentPin } from "@/lib/classes/unlock-student-pin";
import { requireTeacherPage } from "@/lib/authz";
import { formError, NotFoundError } from "@/lib/errors";
import { formText } from "@/lib/http/form-action";

export interface CreateClassState {
  /** An i18n key under classes.errors. */
  error?: string;
  name?: string;
}

export async function createClassAction(_prev: CreateClassState, formData: FormData): Promise<CreateClassState> {
  // No session: to sign-in and back (was a 500); a missing form is an empty name (a readable error).
  const teacher = await requireTeacherPage("/teacher/classes");
  let id: string;
  const name = formText(formData, "name");
  try {
    id = (await createClass({ teacherId: teacher.id, name })).id;
  } catch (err) {
    return { error: formError(err).code, name };
  }
  revalidatePath("/teacher/classes");
  redirect(`/teacher/classes/${id}`);
}

const Ids = z.object({ classId: z.string().min(1).max(64), studentId: z.string().min(1).max(64).optional() });

function idsOf(formData: FormData) {
  const parsed = Ids.safeParse({
    classId: formText(formData, "classId", 65),
    studentId: formText(formData, "studentId", 65) || undefined,
  });
  if (!parsed.success) throw new NotFoundError("No such class.");
  return parsed.data;
}

/** Runs a class change, then returns to `to` with `?done=<notice>` or `?error=<code>` for the page to announce. */
async function run(
  formData: FormData,
  change: (teacherId: string, ids: z.infer<typeof Ids>) => Promise<unknown>,
  notice: string,
  to?: string,
) {
  // No session: to sign-in and back to the classes (was a 500).
  const teacher = await requireTeacherPage("/teacher/classes");
  let ids: z.infer<typeof Ids> | undefined;
  let target: string;
  try {
    ids = idsOf(formData);
    await change(teacher.id, ids);
    target = `${to ?? `/teacher/classes/${encodeURIComponent(ids.classId)}`}?done=${notice}`;
  } catch (err) {
    const { status, code } = formError(err);
    target =
      ids && status !== 404
        ? `/teacher/classes/${encodeURIComponent(ids.classId)}?error=${code}`
        : `/teacher/classes?error=${code}`;
  }
  revalidatePath("/teacher/classes", "layout");
  redirect(target);
}

/** A roster button: one student of the class named in the form. */
async function onStudent(formData: FormData, change: (ref: ClassStudentRef) => Promise<unknown>, notice: string) {
  await run(
    formData,
    (teacherId, { classId, studentId }) => change({ teacherId, classId, studentId: studentId ?? "" }),
    notice,
  );
}

export async function regenerateCodeAction(formData: FormData) {
  await run(formData, (teacherId, { classId }) => regenerateJoinCode({ teacherId, classId }), "regenerated");
}

export async function removeStudentAction(formData: FormData) {
  await onStudent(formData, removeStudent, "removed");
}

export async function readmitStudentAction(formData: FormData) {
  await onStudent(formData, readmitStudent, "readmitted");
}

export async function unlockPinAction(formData: FormData) {
  await onStudent(formData, unlockStudentPin, "unlocked");
}

export async function deleteClassAction(formData: FormData) {
  await run(formData, (teacherId, { classId }) => deleteClass({ teacherId, classId }), "deleted");
}

export async function restoreClassAction(formData: FormData) {
  await run(formData, (teacherId, { classId }) => restoreClass({ teacherId, classId }), "restored");
}

export async function purgeClassAction(formData: FormData) {
  await run(formData, (teacherId, { classId }) => purgeClass({ teacherId, classId }), "purged", "/teacher/classes");
}
