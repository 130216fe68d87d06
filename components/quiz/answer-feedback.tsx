"use client";
// What a student sees once an answer is judged — the verdict, the right answer and theirs when wrong, the evidence
// from the article — for the quiz player (and its summary) and the spaced-review player alike.
import { useTranslations } from "next-intl";
import { AnswerText } from "@/components/quiz/answer-text";
import { dirOf } from "@/lib/i18n/config";
import type { QuestionType } from "@/questions/types";
import type { KeysHintKey } from "./keys-hint";
import type { Evidence, PartialCount } from "./store";

export function AnswerFeedback({
  type,
  left,
  given,
  showGiven = true,
  correct,
  partial,
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
  /** A partly right matching/timeline answer (the quiz gives partial credit): "3 of 4 pairs right". */
  partial?: PartialCount;
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
      <p className={correct ? "result-right" : partial ? "result-partial" : "result-wrong"} role="status">
        {correct ? `✓ ${t("correct")}` : partial ? `◐ ${t("partlyRight")}` : `✗ ${t("incorrect")}`}
      </p>
      {!correct && partial && (
        <p data-testid="partial-credit">
          {t(type === "timeline" ? "partialTimeline" : "partialMatching", { right: partial.right, of: partial.of })}
        </p>
      )}
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

function EvidenceQuote({ evidence, language, label }: { evidence: Evidence; language: string; label: string }) {
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
