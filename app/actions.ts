"use server";
// Server actions shared by the layout and pages: thin wrappers that validate and call lib/.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { deleteDeviceArticle } from "@/lib/articles/delete-article";
import { startAttempt } from "@/lib/attempts/attempts";
import { ensureDeviceId, getDeviceId } from "@/lib/device";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/config";

export async function switchLocale(formData: FormData) {
  const locale = z.enum(LOCALES).catch("en").parse(formData.get("locale"));
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365 });
}

const StartSchema = z.object({ articleId: z.string().min(1).max(64), fresh: z.enum(["0", "1"]).catch("0") });

export async function startPractice(formData: FormData) {
  const { articleId, fresh } = StartSchema.parse({
    articleId: formData.get("articleId"),
    fresh: formData.get("fresh"),
  });
  const deviceId = await ensureDeviceId();
  const attempt = await startAttempt({ articleId, deviceId, fresh: fresh === "1" });
  redirect(`/attempts/${attempt.id}`);
}

const DeleteSchema = z.object({ articleId: z.string().min(1).max(64) });

/** Deletes this device's own paste (the article page's button, after its confirm step); others get not-found. */
export async function deleteArticle(formData: FormData) {
  const { articleId } = DeleteSchema.parse({ articleId: formData.get("articleId") });
  await deleteDeviceArticle({ articleId, deviceId: await getDeviceId() });
  redirect("/");
}
