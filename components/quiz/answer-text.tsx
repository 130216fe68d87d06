"use client";
// Shows an answer (a key or a student's) in words, whatever the question type.
import { useTranslations } from "next-intl";
import type { QuestionType } from "@/questions/types";

export function AnswerText({
  type,
  answer,
  left,
}: {
  type: QuestionType;
  answer: string | string[] | null | undefined;
  left?: string[];
}) {
  const t = useTranslations("quiz");
  if (answer == null || answer === "" || (Array.isArray(answer) && answer.length === 0)) return <>{t("noAnswer")}</>;
  if (type === "true_false" && (answer === "true" || answer === "false")) return <strong>{t(answer)}</strong>;
  if (Array.isArray(answer)) {
    if (type === "matching" && left)
      return (
        <ul>
          {answer.map((a, i) => (
            <li key={i}>
              {left[i]}: <strong>{a}</strong>
            </li>
          ))}
        </ul>
      );
    return (
      <ol>
        {answer.map((a, i) => (
          <li key={i}>{a}</li>
        ))}
      </ol>
    );
  }
  return <strong>{answer}</strong>;
}
