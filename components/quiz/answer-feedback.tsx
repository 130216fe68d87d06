"use client";
// What a student sees once an answer is judged — the verdict, the right answer and theirs when wrong, the evidence
// from the article — for the quiz player (and its summary) and the spaced-review player alike.
import { useTranslations } from "next-intl";
import { AnswerText } from "@/components/quiz/answer-text";
import { dirOf } from "@/lib/i18n/config";
import type { QuestionType } from "@/questions/types";
import type { KeysHintKey } from "./keys-hint";
import type { Evidence } from "./store";

export function AnswerFeedback({
  type,
  left,
  given,
  showGiven = true,
  correct,
  answer,
  evidence,
  language,
  hasKeysHint = true,
  keysHint = "keysLater",
}: {
  type: QuestionType;
  left?: string[];
  given: string | string[] | null | undefined;
  /** The review player knows no answer for a card rated without one ("I forgot"): then no "Your answer" line. */
  showGiven?: boolean;
  correct: boolean;
  /** Absent while another attempt could still change the score: correct/incorrect only. */
  answer?: string | string[];
  evidence?: Evidence;
  language: string;
  /** Say why the key is missing (the quiz summary says it once for all questions). */
  hasKeysHint?: boolean;
  /** Which reason (the quiz's review options, components/quiz/keys-hint.ts). */
  keysHint?: KeysHintKey;
}) {
  const t = useTranslations("quiz");
  return (
    <>
      <p className={correct ? "result-right" : "result-wrong"} role="status">
        {correct ? `✓ ${t("correct")}` : `✗ ${t("incorrect")}`}
      </p>
      {answer === undefined || evidence === undefined ? (
        hasKeysHint && (
          <p className="hint" data-testid="keys-later">
            {t(keysHint)}
          </p>
        )
      ) : (
        <>
          {!correct && (
            <div className="stack">
              <div>
                {t.rich("rightAnswer", {
                  answer: () => <AnswerText type={type} answer={answer} left={left} language={language} />,
                })}
              </div>
              {showGiven && (
                <div className="muted">
                  {t.rich("yourAnswer", {
                    answer: () => <AnswerText type={type} answer={given} left={left} language={language} />,
                  })}
                </div>
              )}
            </div>
          )}
          {/* An imported question can have no evidence yet (an empty span): then there is nothing to quote. */}
          {evidence.text && <EvidenceQuote evidence={evidence} language={language} label={t("evidence")} />}
        </>
      )}
    </>
  );
}

export function EvidenceQuote({ evidence, language, label }: { evidence: Evidence; language: string; label: string }) {
  return (
    <figure style={{ margin: 0 }}>
      <figcaption className="hint">{label}</figcaption>
      <blockquote className="quote" lang={language} dir={dirOf(language)} data-testid="evidence">
        {evidence.parts ? (
          // One sentence per item (timeline, matching), each on its own line: the proof, not the paragraphs between.
          evidence.parts.map((p) => (
            <p key={p.start} className="quote-part">
              <mark>{p.text}</mark>
            </p>
          ))
        ) : (
          <>
            {evidence.before}
            <mark>{evidence.text}</mark>
            {evidence.after}
          </>
        )}
      </blockquote>
    </figure>
  );
}
