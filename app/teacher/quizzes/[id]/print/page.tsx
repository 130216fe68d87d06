// A paper worksheet of a quiz, then its answer key on a new page. The worksheet speaks the article's language
// (Arabic prints right-to-left); the page's own controls speak the teacher's interface language.
import type { Metadata } from "next";
import Link from "next/link";
import { createTranslator } from "next-intl";
import { getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/teacher/quizzes/print-button";
import { getTeacher, requireTeacherPage } from "@/lib/authz";
import { orNotFound } from "@/lib/errors";
import { dirOf, isLocale, DEFAULT_LOCALE } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/request";
import { getPrintableQuiz, type PrintableQuestion } from "@/lib/quizzes/get-printable-quiz";
import { isChoiceType } from "@/lib/validation/question";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };
type SheetT = (key: string, values?: Record<string, string | number>) => string;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const teacher = await getTeacher();
  const quiz = teacher
    ? await getPrintableQuiz({ teacherId: teacher.id, quizId: (await params).id }).catch(() => null)
    : null;
  return quiz ? { title: (await getTranslations("quizzes"))("print.pageTitle", { title: quiz.title }) } : {};
}

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

export default async function PrintQuizPage({ params }: Props) {
  const { id } = await params;
  const teacher = await requireTeacherPage(`/teacher/quizzes/${id}/print`);
  const quiz = await orNotFound(getPrintableQuiz({ teacherId: teacher.id, quizId: id }));
  const lang = isLocale(quiz.language) ? quiz.language : DEFAULT_LOCALE;
  const [t, sheetMessages] = await Promise.all([getTranslations("quizzes.print"), loadMessages(lang)]);
  const sheet = createTranslator({
    locale: lang,
    messages: sheetMessages,
    namespace: "quizzes.print",
  }) as unknown as SheetT;
  const dir = dirOf(lang);

  return (
    <div className="stack">
      <div className="row no-print">
        <Link href={`/teacher/quizzes/${quiz.id}`}>{t("back")}</Link>
        {quiz.questions.length > 0 && <PrintButton label={t("button")} />}
      </div>
      <p className="hint no-print">{t("hint")}</p>
      {quiz.questions.length === 0 ? (
        <p className="muted">{t("empty")}</p>
      ) : (
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
            <p data-testid="print-sources">
              {sheet("sources", { titles: quiz.sources.map((s) => s.title).join(" · ") })}
            </p>
            <ol className="print-questions">
              {quiz.questions.map((q) => (
                <li key={q.id}>
                  <KeyAnswer q={q} t={sheet} lang={lang} />
                </li>
              ))}
            </ol>
          </article>
        </>
      )}
    </div>
  );
}
