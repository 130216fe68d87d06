import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { deleteQuizAction, duplicateQuizAction } from "@/app/teacher/quizzes/actions";
import { ConfirmSubmit } from "@/components/classes/confirm-submit";
import { firstParam } from "@/lib/http/search-params";
import { AssignForm } from "@/components/teacher/quizzes/assign-form";
import { AssignmentsTable } from "@/components/teacher/results/assignments-table";
import { QuizItemsEditor } from "@/components/teacher/quizzes/quiz-items-editor";
import { QuizSettingsForm } from "@/components/teacher/quizzes/quiz-settings-form";
import { listAssignableClasses, listAssignments } from "@/lib/assignments/list-assignments";
import { getTeacher, requireTeacherPage } from "@/lib/authz";
import { orNotFound } from "@/lib/errors";
import { dirOf } from "@/lib/i18n/config";
import { getQuiz } from "@/lib/quizzes/get-quiz";
import { ExportLinks } from "@/components/teacher/interop/export-links";
import { SkippedList } from "@/components/teacher/interop/skipped-list";
import { loadQuizExport } from "@/lib/interop/export-questions";
import { giftMisfits } from "@/lib/interop/gift";
import { kahootMisfits } from "@/lib/interop/kahoot";
import { listLiveGames } from "@/lib/live/live-results";
import { PlayLivePanel } from "@/components/live/play-live-panel";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ live?: string; done?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const teacher = await getTeacher();
  const quiz = teacher ? await getQuiz({ teacherId: teacher.id, quizId: (await params).id }).catch(() => null) : null;
  return quiz ? { title: quiz.title } : {};
}

export default async function QuizBuilderPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const teacher = await requireTeacherPage(`/teacher/quizzes/${id}`);
  const quiz = await orNotFound(getQuiz({ teacherId: teacher.id, quizId: id }));
  const [t, tInterop, exportSource, classes, assignments, liveGames, liveError] = await Promise.all([
    getTranslations("quizzes"),
    getTranslations("interop"),
    loadQuizExport({ teacherId: teacher.id, quizId: quiz.id }),
    listAssignableClasses({ teacherId: teacher.id }),
    listAssignments({ teacherId: teacher.id, quizId: quiz.id }),
    listLiveGames({ teacherId: teacher.id, quizId: quiz.id }),
    Promise.resolve(query.live ?? null),
  ]);

  const misfits = kahootMisfits(exportSource.questions);
  const giftLeftOut = giftMisfits(exportSource.questions);

  return (
    <ClientMessages namespaces={["article.type", "interop", "quizzes", "review.errors"]}>
      <div className="stack">
        <p>
          <Link prefetch={false} href="/teacher/quizzes">
            {t("builder.back")}
          </Link>
        </p>
        <h1>
          <bdi>{quiz.title}</bdi>
        </h1>
        <div className="row">
          <Link
            prefetch={false}
            className="button button-secondary button-small"
            href={`/teacher/quizzes/${quiz.id}/print`}
          >
            {t("builder.print")}
          </Link>
          <form action={duplicateQuizAction}>
            <input type="hidden" name="quizId" value={quiz.id} />
            <button type="submit" className="button button-secondary button-small">
              {t("builder.duplicate")}
            </button>
          </form>
          <form action={deleteQuizAction}>
            <input type="hidden" name="quizId" value={quiz.id} />
            <ConfirmSubmit
              label={t("builder.delete")}
              question={t("builder.deleteQuestion")}
              confirmLabel={t("builder.deleteConfirm")}
              cancelLabel={t("builder.cancel")}
              workingLabel={t("builder.working")}
            />
          </form>
        </div>
        {firstParam(query.done) === "duplicated" && (
          <p className="alert alert-good" role="status">
            {t("builder.duplicated")}
          </p>
        )}

        <section aria-labelledby="sources-heading" className="stack">
          <h2 id="sources-heading">{t("builder.sourcesHeading")}</h2>
          {quiz.sources.length === 0 ? (
            <p className="muted">{t("builder.noSources")}</p>
          ) : (
            <ul className="quiz-sources" data-testid="quiz-sources">
              {quiz.sources.map((s) => (
                <li key={s.id}>
                  <Link prefetch={false} href={`/teacher/articles/${s.id}`} lang={s.language} dir={dirOf(s.language)}>
                    {s.title}
                  </Link>{" "}
                  <span className="muted">{t("builder.sourceCount", { count: s.count })}</span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="items-heading">
          <h2 id="items-heading">{t("builder.itemsHeading")}</h2>
          <QuizItemsEditor
            quizId={quiz.id}
            language={quiz.article.language}
            items={quiz.items.map((q) => ({
              id: q.id,
              type: q.type,
              prompt: q.prompt,
              position: q.position,
              articleId: q.articleId,
              isUnavailable: q.isUnavailable,
            }))}
            articles={quiz.addable.map((a) => ({
              id: a.id,
              title: a.title,
              questions: a.questions.map((q) => ({
                id: q.id,
                type: q.type,
                prompt: q.prompt,
                position: q.position,
                articleId: q.articleId,
              })),
            }))}
            itemArticleTitles={Object.fromEntries(quiz.sources.map((s) => [s.id, s.title]))}
          />
        </section>

        <section aria-labelledby="export-heading" className="stack">
          <h2 id="export-heading">{tInterop("exportTitle")}</h2>
          <p className="hint">{tInterop("exportHint")}</p>
          <ExportLinks baseUrl={`/api/teacher/quizzes/${encodeURIComponent(quiz.id)}/export`} />
          {misfits.length > 0 ? (
            <>
              <p>{tInterop("kahootMisfits", { count: misfits.length })}</p>
              <SkippedList items={misfits} testId="kahoot-misfits" />
            </>
          ) : (
            <p className="hint">{tInterop("kahootAllFit")}</p>
          )}
          {giftLeftOut.length > 0 && (
            <>
              <p>{tInterop("giftMisfits", { count: giftLeftOut.length })}</p>
              <SkippedList items={giftLeftOut} testId="gift-misfits" />
            </>
          )}
        </section>

        <section aria-labelledby="settings-heading">
          <h2 id="settings-heading">{t("settings.legend")}</h2>
          <QuizSettingsForm quizId={quiz.id} initial={quiz.settings} />
        </section>

        <section aria-labelledby="assign-heading">
          <h2 id="assign-heading">{t("assign.heading")}</h2>
          <AssignForm
            quizId={quiz.id}
            classes={classes.map((c) => ({ id: c.id, name: c.name, students: c._count.students }))}
          />
        </section>

        <PlayLivePanel
          quizId={quiz.id}
          hasItems={quiz.items.some((i) => !i.isUnavailable)}
          games={liveGames}
          error={liveError}
        />

        <section aria-labelledby="quiz-assignments-heading">
          <h2 id="quiz-assignments-heading">{t("assign.heading2")}</h2>
          {assignments.length === 0 ? (
            <p className="muted">{t("assign.none")}</p>
          ) : (
            <AssignmentsTable assignments={assignments} showQuiz={false} testId="quiz-assignments" />
          )}
        </section>
      </div>
    </ClientMessages>
  );
}
