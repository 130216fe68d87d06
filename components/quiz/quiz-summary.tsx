"use client";
// The end of an attempt: the score (or when it will be shown), refused answers, the time taken, and each question's
// verdict — with its key and evidence only when the server sent them (the quiz's review options, issue 8).
import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { useEffect, useRef } from "react";
import { LocalDateTime } from "@/components/ui/local-date-time";
import type { QuestionType } from "@/questions/types";
import { AnswerFeedback } from "./answer-feedback";
import { useAnswerErrorText } from "./answer-error-text";
import { keysHintKey } from "./keys-hint";
import type { QuizPlayerProps } from "./quiz-player";
import { useQuizStore } from "./quiz-provider";
import { hasVerdict } from "./store";
import { ErrorAlert } from "@/components/ui/error-alert";

export function QuizSummary({ questions, language, backHref, backLabel, practiseAgain }: QuizPlayerProps) {
  const t = useTranslations("quiz");
  const format = useFormatter();
  const results = useQuizStore((s) => s.results);
  const answers = useQuizStore((s) => s.answers);
  const score = useQuizStore((s) => s.score);
  const startedAt = useQuizStore((s) => s.startedAt);
  const finishedAt = useQuizStore((s) => s.finishedAt);
  const rules = useQuizStore((s) => s.rules);
  const errors = useQuizStore((s) => s.errors);
  const errorText = useAnswerErrorText();
  const refused = [...new Set(Object.values(errors).map(errorText))];
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const total = questions.length;
  const seconds = finishedAt ? Math.max(0, Math.round((Date.parse(finishedAt) - Date.parse(startedAt)) / 1000)) : null;
  const time =
    seconds === null
      ? "—"
      : seconds >= 60
        ? `${format.number(Math.floor(seconds / 60))}:${String(seconds % 60).padStart(2, "0")}`
        : format.number(seconds, { style: "unit", unit: "second", unitDisplay: "short" });
  return (
    <div className="stack">
      <section className="card stack" data-testid="summary">
        <h1 ref={headingRef} tabIndex={-1}>
          {t("doneTitle")}
        </h1>
        {score !== null ? (
          <p style={{ fontSize: "1.2rem" }} data-testid="final-score">
            {t("finalScore", { score, total, percent: Math.round((score / Math.max(1, total)) * 100) })}
          </p>
        ) : (
          <>
            <p style={{ fontSize: "1.2rem" }} data-testid="submitted">
              {t("submitted")}
            </p>
            <p className="muted">
              {rules.feedback === "after_due" && rules.dueAt
                ? // The interface's time zone is UTC (the server cannot know the student's); show the student's own time.
                  (() => {
                    const [before = "", after = ""] = t("resultsAfterDue", { date: "\u2063" }).split("\u2063");
                    const utc = format.dateTime(new Date(rules.dueAt), {
                      dateStyle: "medium",
                      timeStyle: "short",
                      timeZone: "UTC",
                    });
                    return (
                      <>
                        {before}
                        <LocalDateTime iso={rules.dueAt} serverText={`${utc} UTC`} />
                        {after}
                      </>
                    );
                  })()
                : t("resultsLater")}
            </p>
          </>
        )}
        {refused.map((text) => (
          <ErrorAlert key={text}>{text}</ErrorAlert>
        ))}
        <p className="muted">{t("timeTaken", { time })}</p>
        <div className="row">
          {practiseAgain}
          <Link className="button button-secondary" href={backHref}>
            {backLabel}
          </Link>
        </div>
      </section>
      {score !== null && <h2>{t("review")}</h2>}
      {score !== null && !rules.canShowKeys && (
        <p className="hint" data-testid="keys-later">
          {t(keysHintKey(rules))}
        </p>
      )}
      <ol className="review-list">
        {questions.map((q) => {
          const r = results[q.id];
          if (!hasVerdict(r)) return null;
          return (
            <li key={q.id} className="card stack">
              <div lang={language} dir={language === "ar" ? "rtl" : "ltr"}>
                <strong>{q.prompt}</strong>
              </div>
              <AnswerFeedback
                type={q.type as QuestionType}
                left={q.left}
                given={answers[q.id]}
                {...r}
                language={language}
                hasKeysHint={false}
              />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
