"use client";
// One question at a time: answer, check (the server judges), see the evidence, move on; a summary at the end.
// State and actions: use-quiz-player.ts; the parts: question-form (shared with the review player), quiz-summary,
// submit-quiz, question-dots, answer-feedback.
import { useTranslations } from "next-intl";
import type { QuestionType } from "@/questions/types";
import { AnswerFeedback } from "./answer-feedback";
import { useAnswerErrorText } from "./answer-error-text";
import { keysHintKey } from "./keys-hint";
import { QuestionDots } from "./question-dots";
import { NextButton, QuestionForm } from "./question-form";
import type { PlayerQuestion } from "./question-input";
import { useQuizStore } from "./quiz-provider";
import { QuizSummary } from "./quiz-summary";
import { QuizTimer } from "./quiz-timer";
import { hasVerdict, isRevealed } from "./store";
import { SubmitQuiz } from "./submit-quiz";
import { useQuizPlayer } from "./use-quiz-player";
import { ErrorAlert } from "@/components/ui/error-alert";

export interface QuizPlayerProps {
  questions: PlayerQuestion[];
  language: string;
  /** Where "back" goes at the end: the article (practice) or "My work" (assignments). */
  backHref: string;
  backLabel: string;
  /** Practice only: a "practise again" form. */
  practiseAgain?: React.ReactNode;
}

export function QuizPlayer(props: QuizPlayerProps) {
  const { questions, language } = props;
  const t = useTranslations("quiz");
  const player = useQuizPlayer(questions);
  const { q, current, total, answeredCount, result, hasFeedback } = player;
  const score = useQuizStore((s) => s.score);
  const rules = useQuizStore((s) => s.rules);
  const errorText = useAnswerErrorText();

  if (player.isDone) return <QuizSummary {...props} />;
  if (!q) return null;

  const error = player.errors[q.id];
  return (
    <div className="stack">
      {player.isOffline && (
        <p className="alert alert-info" role="status">
          {t("offline")}
        </p>
      )}
      <QuizTimer />
      <div className="stack" style={{ gap: 4 }}>
        <div className="row" style={{ justifyContent: "space-between" }}>
          <span data-testid="progress">{t("progressShort", { current: current + 1, total })}</span>
          {score !== null ? (
            <span data-testid="score">{t("score", { score })}</span>
          ) : (
            <span data-testid="answered">{t("scoreHidden", { answered: answeredCount, total })}</span>
          )}
        </div>
        <div
          className="progress"
          role="progressbar"
          aria-label={t("progress", { current: current + 1, total })}
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={answeredCount}
        >
          <span style={{ width: `${(answeredCount / Math.max(1, total)) * 100}%` }} />
        </div>
      </div>

      <QuestionForm
        question={q}
        language={language}
        headingId={`q-${q.id}-prompt`}
        headingRef={player.headingRef}
        value={player.value}
        isLocked={hasFeedback}
        rightAnswer={isRevealed(result) ? result.answer : undefined}
        onChange={(v) => player.choose(q.id, v)}
        onSubmit={player.onSubmit}
        intro={<p className="hint">{t("progress", { current: current + 1, total })}</p>}
      >
        {error && <ErrorAlert>{errorText(error)}</ErrorAlert>}
      </QuestionForm>

      {hasFeedback && (
        <section className="card stack" aria-live="polite" data-testid="feedback">
          {hasVerdict(result) ? (
            <AnswerFeedback
              type={q.type as QuestionType}
              left={q.left}
              given={player.answers[q.id]}
              {...result}
              language={language}
              keysHint={keysHintKey(rules)}
            />
          ) : result ? (
            <p className="alert alert-good" role="status">
              {t("saved")}
            </p>
          ) : player.isSavedLocally ? (
            <p className="alert alert-info" role="status">
              {t("pending")}
            </p>
          ) : (
            <p className="hint" aria-hidden="true" data-testid="checking">
              <span className="spinner" />
            </p>
          )}
          <NextButton nextRef={player.nextRef} onClick={player.goNext}>
            {player.isFinishing ? t("finish") : t("next")}
          </NextButton>
        </section>
      )}
      <QuestionDots
        questions={questions}
        current={current}
        results={player.results}
        pending={player.pending}
        goTo={player.goTo}
      />
      {rules.isAssignment && <SubmitQuiz unanswered={total - answeredCount} />}
    </div>
  );
}
