// One student's answers at one assignment (the counted attempt): each question, the answer as given, the verdict,
// the time spent, the right answer, and a button to override the verdict (the score follows; the change is recorded).
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { firstParam } from "@/lib/http/search-params";
import { AnswerText } from "@/components/quiz/answer-text";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { getTeacher, requireTeacherPage } from "@/lib/authz";
import { roundScore } from "@/lib/attempts/answer-credit";
import { NotFoundError, orNotFound } from "@/lib/errors";
import { dirOf } from "@/lib/i18n/config";
import { getAssignmentResults } from "@/lib/results/assignment-results";
import type { QuestionType } from "@/questions/types";
import { overrideVerdictAction } from "../../../actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ErrorAlert } from "@/components/ui/error-alert";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ id: string; studentId: string }>;
  searchParams: Promise<{ done?: string | string[]; error?: string | string[] }>;
};

async function load(teacherId: string, assignmentId: string, studentId: string) {
  const results = await getAssignmentResults({ teacherId, assignmentId });
  const row = results.rows.find((r) => r.studentId === studentId);
  if (!row) throw new NotFoundError("No such student.");
  return { results, row };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const teacher = await getTeacher();
  const { id, studentId } = await params;
  const data = teacher ? await load(teacher.id, id, studentId).catch(() => null) : null;
  return data
    ? {
        title: (await getTranslations("results.student")).markup("title", {
          name: data.row.name,
          n: (chunks) => chunks,
        }),
      }
    : {};
}

export default async function StudentAnswersPage({ params, searchParams }: Props) {
  const [{ id, studentId }, query] = await Promise.all([params, searchParams]);
  const teacher = await requireTeacherPage(`/teacher/assignments/${id}/students/${studentId}`);
  const { results, row } = await orNotFound(load(teacher.id, id, studentId));
  const [t, tt, format] = await Promise.all([
    getTranslations("results.student"),
    getTranslations("results.table"),
    getFormatter(),
  ]);
  const language = results.assignment.quiz.article.language;
  const when = (d: Date) => (
    <LocalDateTime
      iso={d.toISOString()}
      serverText={`${format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC`}
    />
  );
  const done = firstParam(query.done);
  const error = firstParam(query.error);

  return (
    <ClientMessages namespaces={["quiz"]}>
      <div className="stack">
        <p>
          <Link prefetch={false} href={`/teacher/assignments/${id}`}>
            {t("back")}
          </Link>
        </p>
        <h1>{t.rich("title", { name: row.name, n: (chunks) => <bdi dir="auto">{chunks}</bdi> })}</h1>
        <p className="muted">
          <bdi>{results.assignment.quiz.title}</bdi>
        </p>
        {error && <ErrorAlert>{t("overrideFailed")}</ErrorAlert>}
        {done === "overridden" && (
          <p className="alert alert-good" role="status">
            {t("overridden")}
          </p>
        )}
        <dl className="item-stats">
          <div>
            <dt>{tt("score")}</dt>
            <dd data-testid="student-score">
              {row.status === "finished" ? <bdi dir="ltr">{`${row.score} / ${row.total}`}</bdi> : tt(row.status)}
            </dd>
          </div>
          {row.startedAt && (
            <div>
              <dt>{t("started")}</dt>
              <dd>{when(row.startedAt)}</dd>
            </div>
          )}
          {row.submittedAt && (
            <div>
              <dt>{t("submitted")}</dt>
              <dd>{when(row.submittedAt)}</dd>
            </div>
          )}
        </dl>
        {row.status !== "finished" ? (
          <p className="muted">{t("notFinished")}</p>
        ) : (
          <ol className="question-list stack answer-list" data-testid="student-answers">
            {results.columns.map((col, i) => {
              const cell = row.cells[i]!;
              return (
                <li key={col.rootId} className={`card stack answer-card is-${cell.state}`}>
                  <h2 className="answer-card-title">{t("question", { n: col.n })}</h2>
                  <p lang={language} dir={dirOf(language)}>
                    {col.prompt}
                  </p>
                  <dl className="answer-facts">
                    <div>
                      <dt>{t("given")}</dt>
                      <dd>
                        <AnswerText
                          type={col.type as QuestionType}
                          answer={cell.given}
                          left={col.left ?? undefined}
                          language={language}
                        />
                      </dd>
                    </div>
                    <div>
                      <dt>{t("verdict")}</dt>
                      <dd data-testid="verdict">
                        {tt(cell.state, { credit: roundScore(cell.credit ?? 0) })}
                        {cell.isOverridden && (
                          <>
                            {" "}
                            <span className="badge">{t("overriddenBadge")}</span>
                          </>
                        )}
                      </dd>
                    </div>
                    <div>
                      <dt>{t("time")}</dt>
                      <dd>{cell.seconds == null ? "—" : tt("seconds", { seconds: cell.seconds })}</dd>
                    </div>
                    <div>
                      <dt>{t("key")}</dt>
                      <dd>
                        <AnswerText
                          type={col.type as QuestionType}
                          answer={col.answer}
                          left={col.left ?? undefined}
                          language={language}
                        />
                      </dd>
                    </div>
                  </dl>
                  {cell.questionId && row.attemptId && (
                    <div className="row">
                      {/* an override gives a full point or none; a partly right answer can go either way */}
                      {(cell.state === "partial" ? [true, false] : [cell.state !== "right"]).map((correct) => (
                        <form key={String(correct)} action={overrideVerdictAction}>
                          <input type="hidden" name="assignmentId" value={id} />
                          <input type="hidden" name="studentId" value={row.studentId} />
                          <input type="hidden" name="attemptId" value={row.attemptId!} />
                          <input type="hidden" name="questionId" value={cell.questionId!} />
                          <input type="hidden" name="correct" value={String(correct)} />
                          <button type="submit" className="button button-secondary">
                            {correct ? t("markRight", { n: col.n }) : t("markWrong", { n: col.n })}
                          </button>
                        </form>
                      ))}
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </div>
    </ClientMessages>
  );
}
