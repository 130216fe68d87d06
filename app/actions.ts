"use server";
// Server actions shared by the layout and pages: thin wrappers that validate and call lib/.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { deleteDeviceArticle } from "@/lib/articles/delete-article";
import { startAttempt } from "@/lib/attempts/attempts";
import { ensureDeviceId, getDeviceId } from "@/lib/device";
import { formText, runFormAction } from "@/lib/http/form-action";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/config";

export async function switchLocale(formData: FormData) {
  const locale = z
    .enum(LOCALES)
    .catch("en")
    .parse(formText(formData, "locale", 8));
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365 });
}

const StartSchema = z.object({ articleId: z.string().min(1).max(64), fresh: z.enum(["0", "1"]).catch("0") });

export async function startPractice(formData: FormData) {
  let target = "";
  // A bad or unknown article id (or no form): back home with ?error= (issue 8, Low: was a 500).
  await runFormAction("/", async () => {
    const { articleId, fresh } = StartSchema.parse({
      articleId: formText(formData, "articleId", 65),
      fresh: formText(formData, "fresh", 1),
    });
    const deviceId = await ensureDeviceId();
    const attempt = await startAttempt({ articleId, deviceId, fresh: fresh === "1" });
    target = `/attempts/${attempt.id}`;
  });
  redirect(target);
}

const DeleteSchema = z.object({ articleId: z.string().min(1).max(64) });

/** Deletes this device's own paste (the article page's button, after its confirm step); others get not-found. */
export async function deleteArticle(formData: FormData) {
  await runFormAction("/", async () => {
    const { articleId } = DeleteSchema.parse({ articleId: formText(formData, "articleId", 65) });
    await deleteDeviceArticle({ articleId, deviceId: await getDeviceId() });
  });
  redirect("/");
}
