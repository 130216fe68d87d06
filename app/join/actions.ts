"use server";
// Joining a class and resuming on another device: thin — the device cookie, the client address, lib/, then /my.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddressFrom } from "@/lib/client-address";
import { ensureDeviceId } from "@/lib/device";
import { formError } from "@/lib/errors";
import { formText } from "@/lib/http/form-action";
import { joinClass } from "@/lib/students/join-class";
import { resumeWithPin } from "@/lib/students/resume-with-pin";

export type JoinField = "code" | "displayName" | "pin" | "form";

export interface JoinFormState {
  /** An i18n key under student.errors, and the field it belongs to. */
  error?: { key: string; field: JoinField };
  values?: { code: string; displayName: string };
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
};

/** Who the limits on guessing count against: this device, and the address the server saw (never X-Forwarded-For). */
async function client() {
  return { deviceId: await ensureDeviceId(), address: clientAddressFrom(await headers()) };
}

function failure(err: unknown, values: JoinFormState["values"]): JoinFormState {
  const { code } = formError(err);
  const key = FIELD_OF[code] ? code : "unknown";
  return { error: { key, field: FIELD_OF[key] ?? "form" }, values };
}

export async function joinClassAction(_prev: JoinFormState, formData: FormData): Promise<JoinFormState> {
  const values = { code: formText(formData, "code"), displayName: formText(formData, "displayName") };
  let target: string;
  try {
    const joined = await joinClass({ ...values, ...(await client()) });
    target = `/my?${joined.isNew ? "joined" : "back"}=${encodeURIComponent(joined.studentId)}`;
  } catch (err) {
    return failure(err, values);
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
