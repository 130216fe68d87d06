"use client";
// One question being answered, as the quiz player and the review player both show it (issue 14: it was written in
// each): the prompt as the form's focusable heading, the answer control in the article's language and direction,
// "check" until the answer is locked, and the "next" button of the feedback. What the answer's value starts as and
// where focus goes are shared too (draftValue, usePlayerFocus).
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { isComplete, QuestionInput, type PlayerQuestion } from "./question-input";
import type { Given } from "./store";

/** The answer shown: what the student gave or chose so far; a timeline starts in the order it is shown. */
export function draftValue(q: PlayerQuestion, given: Given | undefined): Given | undefined {
  return given ?? (q.type === "timeline" ? q.choices : undefined);
}

/**
 * Focus for keyboard users: the feedback's "next" button once an answer is checked (so Enter continues), and the
 * next question's heading after "next" (`focusHeading`).
 */
export function usePlayerFocus(hasFeedback: boolean, questionKey: string | undefined) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (hasFeedback) nextRef.current?.focus();
  }, [hasFeedback, questionKey]);
  const focusHeading = () => requestAnimationFrame(() => headingRef.current?.focus());
  return { headingRef, nextRef, focusHeading };
}

interface QuestionFormProps {
  question: PlayerQuestion;
  /** The article's language: the prompt's and the answer's `lang` and direction. */
  language: string;
  headingId: string;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  value: Given | undefined;
  isLocked: boolean;
  rightAnswer?: Given;
  onChange: (v: Given) => void;
  onSubmit: (e: React.FormEvent) => void;
  /** Above the prompt (the quiz: "question 2 of 5"). */
  intro?: React.ReactNode;
  /** Between the answer and "check" (the quiz: why an answer was refused). */
  children?: React.ReactNode;
  testId?: string;
}

export function QuestionForm({
  question: q,
  language,
  headingId,
  headingRef,
  value,
  isLocked,
  rightAnswer,
  onChange,
  onSubmit,
  intro,
  children,
  testId,
}: QuestionFormProps) {
  const t = useTranslations("quiz");
  const dir = language === "ar" ? "rtl" : "ltr";
  return (
    <form className="card stack" onSubmit={onSubmit} aria-labelledby={headingId} data-testid={testId}>
      {intro}
      <h1 id={headingId} ref={headingRef} tabIndex={-1} lang={language} dir={dir} style={{ fontSize: "1.3rem" }}>
        {q.prompt}
      </h1>
      <div lang={language} dir={dir}>
        <QuestionInput
          question={q}
          value={value}
          isLocked={isLocked}
          rightAnswer={rightAnswer}
          labelledBy={headingId}
          onChange={onChange}
        />
      </div>
      {children}
      {!isLocked && (
        <div className="row">
          <button type="submit" className="button" disabled={!isComplete(q, value)}>
            {t("submit")}
          </button>
        </div>
      )}
    </form>
  );
}

/** The feedback's "next" (or "finish") button; focused by usePlayerFocus once the answer is checked. */
export function NextButton({
  nextRef,
  onClick,
  children,
}: {
  nextRef: React.RefObject<HTMLButtonElement | null>;
  onClick: () => void;
  children: React.ReactNode;
}) {
  return (
    <div className="row">
      <button type="button" className="button" ref={nextRef} onClick={onClick}>
        {children}
      </button>
    </div>
  );
}
