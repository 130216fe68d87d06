"use client";
// An article beside its questions: clicking (or tapping, or focusing) a question pins the highlight on its evidence
// and scrolls it to the middle of the screen; pointing at another question only previews while nothing is pinned, so
// the page scrolling under a still pointer cannot move the highlight to the next question (issue 12).
import { useTranslations } from "next-intl";
import { useMemo, useRef, useState } from "react";
import { dirOf } from "@/lib/i18n/config";
import type { QuestionType } from "@/questions/types";
import { AnswerText } from "@/components/quiz/answer-text";

export interface ArticleQuestion {
  id: string;
  type: QuestionType;
  prompt: string;
  choices: string[];
  left?: string[];
  answer: string | string[];
  evidence: { start: number; end: number };
}

interface Segment {
  start: number;
  end: number;
  covers: number[];
}

/** Cuts the body at every evidence boundary; each piece lists the questions whose evidence covers it. */
export function segmentByEvidence(length: number, spans: { start: number; end: number }[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(length, s.start)));
    cuts.add(Math.max(0, Math.min(length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const covers = spans.flatMap((s, qi) => (s.start <= start && s.end >= end ? [qi] : []));
    segments.push({ start, end, covers });
  }
  return segments;
}

export function ArticleView({
  body,
  language,
  questions,
}: {
  body: string;
  language: string;
  questions: ArticleQuestion[];
}) {
  const t = useTranslations("article");
  const [pinned, setPinned] = useState<number | null>(null);
  const [hovered, setHovered] = useState<number | null>(null);
  const active = pinned ?? hovered;
  const bodyRef = useRef<HTMLDivElement>(null);
  const segments = useMemo(
    () =>
      segmentByEvidence(
        body.length,
        questions.map((q) => q.evidence),
      ),
    [body, questions],
  );

  function pin(i: number, isScrolling: boolean) {
    setPinned(i);
    if (!isScrolling) return;
    const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    bodyRef.current
      ?.querySelector(`[data-q~="${i}"]`)
      ?.scrollIntoView({ block: "center", behavior: reduce ? "auto" : "smooth" });
  }

  return (
    <div className="article-layout">
      <div className="card article-body" lang={language} dir={dirOf(language)} ref={bodyRef} data-testid="article-body">
        {segments.map((s) => {
          const text = body.slice(s.start, s.end);
          if (s.covers.length === 0) return <span key={s.start}>{text}</span>;
          const isActive = active !== null && s.covers.includes(active);
          return (
            <mark key={s.start} data-q={s.covers.join(" ")} className={isActive ? "is-active" : undefined}>
              {text}
            </mark>
          );
        })}
      </div>
      <section className="sticky" aria-labelledby="questions-heading">
        <h2 id="questions-heading" style={{ marginTop: 0 }}>
          {t("questions")} <span className="badge">{questions.length}</span>
        </h2>
        {questions.length > 0 && <p className="hint">{t("evidenceHint")}</p>}
        <ol className="question-list">
          {questions.map((q, i) => (
            <li
              key={q.id}
              className={`question-card${active === i ? " is-active" : ""}`}
              onMouseEnter={() => setHovered(i)}
              onMouseLeave={() => setHovered((cur) => (cur === i ? null : cur))}
              lang={language}
              dir={dirOf(language)}
            >
              <button
                type="button"
                className="evidence-button"
                // Focus pins; keyboard focus also scrolls (a click scrolls once, on the click itself).
                onFocus={(e) => pin(i, e.target.matches(":focus-visible"))}
                onClick={() => pin(i, true)}
                aria-label={`${t("showEvidence", { n: i + 1 })}: ${q.prompt}`}
                aria-pressed={pinned === i}
              >
                <span className="badge">{t(`type.${q.type}`)}</span>
                <div>{q.prompt}</div>
              </button>
              <details>
                <summary className="hint">{t("showAnswer")}</summary>
                <AnswerText type={q.type} answer={q.answer} left={q.left} />
              </details>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
