"use client";
import { useTranslations } from "next-intl";
import type { AnswerError } from "./store";

/** A refused answer's reason in the student's language when its code is known, else the server's message. */
export function useAnswerErrorText() {
  const t = useTranslations("quiz");
  return (e: AnswerError) =>
    e.code && t.has(`answerErrors.${e.code}`) ? t(`answerErrors.${e.code}`) : t("errorGeneric", { message: e.message });
}
