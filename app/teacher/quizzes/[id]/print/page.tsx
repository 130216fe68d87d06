// A paper worksheet of a quiz, then its answer key on a new page. The worksheet speaks the article's language
// (Arabic prints right-to-left); the page's own controls speak the teacher's interface language.
import type { Metadata } from "next";
import Link from "next/link";
import { createTranslator } from "next-intl";
import { getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/teacher/quizzes/print-button";
import { PrintSheets, type SheetT } from "@/components/teacher/quizzes/print-sheet";
import { getTeacher, requireTeacherPage } from "@/lib/authz";
import { orNotFound } from "@/lib/errors";
import { dirOf, isLocale, DEFAULT_LOCALE } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/request";
import { getPrintableQuiz } from "@/lib/quizzes/get-printable-quiz";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const teacher = await getTeacher();
  const quiz = teacher
    ? await getPrintableQuiz({ teacherId: teacher.id, quizId: (await params).id }).catch(() => null)
    : null;
  return quiz ? { title: (await getTranslations("quizzes"))("print.pageTitle", { title: quiz.title }) } : {};
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
        <Link prefetch={false} href={`/teacher/quizzes/${quiz.id}`}>
          {t("back")}
        </Link>
        {quiz.questions.length > 0 && <PrintButton label={t("button")} />}
      </div>
      <p className="hint no-print">{t("hint")}</p>
      {quiz.questions.length === 0 ? (
        <p className="muted">{t("empty")}</p>
      ) : (
        <PrintSheets quiz={quiz} t={sheet} lang={lang} dir={dir} />
      )}
    </div>
  );
}
