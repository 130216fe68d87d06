"use server";
// Starting an assigned quiz from "My work": thin — validate, call lib/, go to the player.
import { redirect } from "next/navigation";
import { z } from "zod";
import { startAssignmentAttempt } from "@/lib/attempts/start-assignment-attempt";
import { getDeviceId } from "@/lib/device";
import { formText, runFormAction } from "@/lib/http/form-action";

export async function startAssignment(formData: FormData) {
  const assignmentId = z
    .string()
    .min(1)
    .max(64)
    .safeParse(formText(formData, "assignmentId", 65));
  if (!assignmentId.success) redirect("/my");
  let target = "";
  await runFormAction("/my", async () => {
    const attempt = await startAssignmentAttempt({ assignmentId: assignmentId.data, deviceId: await getDeviceId() });
    target = `/attempts/${attempt.id}`;
  });
  redirect(target);
}
