"use client";
// Translates an error code from the quiz schemas or a server action into the teacher's language.
import { useTranslations } from "next-intl";

export function useErrorMessage() {
  const t = useTranslations("quizzes.errors");
  return (code: string | undefined) => (code && t.has(code) ? t(code) : t("unknown"));
}
