"use client";
// Shows an answer (a key or a student's) in words, whatever the question type.
import { useTranslations } from "next-intl";
import { dirOf } from "@/lib/i18n/config";
import type { QuestionType } from "@/questions/types";

export function AnswerText({
  type,
  answer,
  left,
  language,
}: {
  type: QuestionType;
  answer: string | string[] | null | undefined;
  left?: string[];
  /** The article's language, when the answer sits in interface text of another direction (e.g. an English answer
   * in an Arabic sentence): the answer is then isolated with its own lang and dir, so "18 tonnes" stays in order. */
  language?: string;
}) {
  const t = useTranslations("quiz");
  const text = language ? { lang: language, dir: dirOf(language) } : {};
  if (answer == null || answer === "" || (Array.isArray(answer) && answer.length === 0)) return <>{t("noAnswer")}</>;
  if (type === "true_false" && (answer === "true" || answer === "false")) return <strong>{t(answer)}</strong>;
  if (Array.isArray(answer)) {
    if (type === "matching" && left)
      return (
        <ul {...text}>
          {answer.map((a, i) => (
            <li key={i}>
              {left[i]}: <strong>{a}</strong>
            </li>
          ))}
        </ul>
      );
    return (
      <ol {...text}>
        {answer.map((a, i) => (
          <li key={i}>{a}</li>
        ))}
      </ol>
    );
  }
  return <strong {...text}>{answer}</strong>;
}
