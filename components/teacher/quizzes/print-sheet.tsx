// The printable worksheet and its answer key (print page, app/teacher/quizzes/[id]/print): one block per question
// type, written in the quiz's language whatever the teacher's interface language.
import type { PrintableQuestion, PrintableQuiz } from "@/lib/quizzes/get-printable-quiz";
import { isChoiceType } from "@/lib/validation/question";

export type SheetT = (key: string, values?: Record<string, string | number>) => string;

const letter = (i: number, lang: string) =>
  (lang === "ar" ? "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ" : "ABCDEFGHIJKLMNOPQRSTUVWXYZ")[i] ?? String(i + 1);

function SheetQuestion({ q, t, lang }: { q: PrintableQuestion; t: SheetT; lang: string }) {
  if (q.type === "true_false") {
    return (
      <ul className="print-choices print-choices-inline">
        <li>☐ {t("true")}</li>
        <li>☐ {t("false")}</li>
      </ul>
    );
  }
  if (isChoiceType(q.type)) {
    return (
      <>
        <p className="print-hint">{t("chooseOne")}</p>
        <ul className="print-choices">
          {q.choices.map((c, i) => (
            <li key={i}>☐ {c}</li>
          ))}
        </ul>
      </>
    );
  }
  if (q.type === "timeline") {
    return (
      <>
        <p className="print-hint">{t("timelineHint", { count: q.choices.length })}</p>
        <ul className="print-choices">
          {q.choices.map((c, i) => (
            <li key={i}>
              <span className="print-box" aria-hidden="true" /> {c}
            </li>
          ))}
        </ul>
      </>
    );
  }
  if (q.type === "matching") {
    return (
      <>
        <p className="print-hint">{t("matchingHint")}</p>
        <div className="print-matching">
          <ol className="print-choices">
            {(q.left ?? []).map((l, i) => (
              <li key={i}>
                <span className="print-box" aria-hidden="true" /> {l}
              </li>
            ))}
          </ol>
          <ul className="print-choices">
            {q.choices.map((c, i) => (
              <li key={i}>
                <strong>{letter(i, lang)}.</strong> {c}
              </li>
            ))}
          </ul>
        </div>
      </>
    );
  }
  return (
    <>
      <p className="print-hint">{t("shortAnswerHint")}</p>
      <div className="print-line" />
      <div className="print-line" />
    </>
  );
}

function KeyAnswer({ q, t, lang }: { q: PrintableQuestion; t: SheetT; lang: string }) {
  const answer = q.answer;
  if (q.type === "true_false") return <>{answer === "true" ? t("true") : t("false")}</>;
  if (q.type === "timeline" && Array.isArray(answer)) {
    // In the worksheet's order, each event with the number the student should have written beside it.
    return (
      <ul className="print-key-list">
        {q.choices.map((c, i) => (
          <li key={i}>
            <strong>{answer.indexOf(c) + 1 || "?"}</strong> — {c}
          </li>
        ))}
      </ul>
    );
  }
  if (q.type === "matching" && Array.isArray(answer)) {
    return (
      <ul className="print-key-list">
        {(q.left ?? []).map((l, i) => {
          const right = answer[i] ?? "";
          const at = q.choices.indexOf(right);
          return (
            <li key={i}>
              {l} → {at >= 0 ? `${letter(at, lang)}. ` : ""}
              {right}
            </li>
          );
        })}
      </ul>
    );
  }
  return <>{Array.isArray(answer) ? answer.join(" · ") : answer}</>;
}

/** The worksheet, then the answer key on its own page; `t` speaks the quiz's language (`quizzes.print`). */
export function PrintSheets({
  quiz,
  t: sheet,
  lang,
  dir,
}: {
  quiz: PrintableQuiz;
  t: SheetT;
  lang: string;
  dir: "ltr" | "rtl";
}) {
  return (
    <>
      <article className="print-sheet" lang={lang} dir={dir} aria-label={quiz.title}>
        <h1>{quiz.title}</h1>
        <div className="print-fields">
          <span>
            {sheet("name")}: <span className="print-fill" />
          </span>
          <span>
            {sheet("date")}: <span className="print-fill print-fill-short" />
          </span>
          {quiz.timeLimitMin != null && <span>{sheet("timeLimit", { min: quiz.timeLimitMin })}</span>}
        </div>
        <ol className="print-questions">
          {quiz.questions.map((q) => (
            <li key={q.id} className="print-question">
              <p className="print-prompt">{q.prompt}</p>
              <SheetQuestion q={q} t={sheet} lang={lang} />
            </li>
          ))}
        </ol>
      </article>
      <article className="print-sheet print-key" lang={lang} dir={dir} aria-label={sheet("answerKey")}>
        <h2>
          {sheet("answerKey")} — {quiz.title}
        </h2>
        {/* the articles the questions come from (a quiz may draw from several): where the evidence is */}
        <p data-testid="print-sources">{sheet("sources", { titles: quiz.sources.map((s) => s.title).join(" · ") })}</p>
        <ol className="print-questions">
          {quiz.questions.map((q) => (
            <li key={q.id}>
              <KeyAnswer q={q} t={sheet} lang={lang} />
            </li>
          ))}
        </ol>
      </article>
    </>
  );
}
