"use server";
// Joining a class and resuming on another device: thin — the device cookie, the client address, lib/, then /my.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddressFrom } from "@/lib/client-address";
import { ensureDeviceId } from "@/lib/device";
import { formError } from "@/lib/errors";
import { formText } from "@/lib/http/form-action";
import { joinClass, NameTakenError } from "@/lib/students/join-class";
import { resumeWithPin } from "@/lib/students/resume-with-pin";

export type JoinField = "code" | "displayName" | "pin" | "form";

export interface JoinFormState {
  /** An i18n key under student.errors, and the field it belongs to. */
  error?: { key: string; field: JoinField };
  values?: { code: string; displayName: string };
  /**
   * The name typed is already a student of this class (on another device): the form asks whether this is them (their
   * PIN continues as that student) or someone else (joins as `suggestion`). Kept while the PIN is retried.
   */
  taken?: { displayName: string; suggestion: string };
}

const FIELD_OF: Record<string, JoinField> = {
  codeRequired: "code",
  codeWrong: "code",
  nameRequired: "displayName",
  nameTooLong: "displayName",
  pinRequired: "pin",
  pinShape: "pin",
  pinWrong: "form",
  pinLocked: "form",
  tooManyAttempts: "form",
  removedFromClass: "form",
  nameTaken: "displayName",
};

/** Who the limits on guessing count against: this device, and the address the server saw (never X-Forwarded-For). */
async function client() {
  return { deviceId: await ensureDeviceId(), address: clientAddressFrom(await headers()) };
}

function failure(err: unknown, values: JoinFormState["values"], taken?: JoinFormState["taken"]): JoinFormState {
  if (err instanceof NameTakenError) {
    return {
      error: { key: "nameTaken", field: "displayName" },
      values,
      taken: { displayName: err.displayName, suggestion: err.suggestion },
    };
  }
  const { code } = formError(err);
  const key = FIELD_OF[code] ? code : "unknown";
  return { error: { key, field: FIELD_OF[key] ?? "form" }, values, ...(taken ? { taken } : {}) };
}

/**
 * The join form. Its submit buttons say what to do (`intent`): "join" (the default), "resume" when the name was taken
 * and the student gave that student's PIN, "new" when they are someone else with the same name.
 */
export async function joinClassAction(prev: JoinFormState, formData: FormData): Promise<JoinFormState> {
  const values = { code: formText(formData, "code"), displayName: formText(formData, "displayName") };
  const intent = formText(formData, "intent");
  // The question about a taken name stands only for the name it was asked about.
  const taken = prev?.taken && prev.values?.displayName === values.displayName ? prev.taken : undefined;
  let target: string;
  try {
    if (intent === "resume") {
      const resumed = await resumeWithPin({ ...values, pin: formText(formData, "pin"), ...(await client()) });
      target = `/my?back=${encodeURIComponent(resumed.studentId)}`;
    } else {
      const joined = await joinClass({ ...values, asNewStudent: intent === "new", ...(await client()) });
      target = `/my?${joined.isNew ? "joined" : "back"}=${encodeURIComponent(joined.studentId)}`;
    }
  } catch (err) {
    return failure(err, values, intent === "resume" ? taken : undefined);
  }
  redirect(target);
}

export async function resumeWithPinAction(_prev: JoinFormState, formData: FormData): Promise<JoinFormState> {
  const values = { code: formText(formData, "code"), displayName: formText(formData, "displayName") };
  let target: string;
  try {
    const resumed = await resumeWithPin({ ...values, pin: formText(formData, "pin"), ...(await client()) });
    target = `/my?back=${encodeURIComponent(resumed.studentId)}`;
  } catch (err) {
    return failure(err, values);
  }
  redirect(target);
}
