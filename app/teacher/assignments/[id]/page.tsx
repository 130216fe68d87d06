import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { firstParam } from "@/lib/http/search-params";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { Accommodations } from "@/components/teacher/results/accommodations";
import { ManageAssignment } from "@/components/teacher/results/manage-assignment";
import { ItemAnalysisList } from "@/components/teacher/results/item-analysis";
import { ResultsTable } from "@/components/teacher/results/results-table";
import { ScoreChart } from "@/components/teacher/results/score-chart";
import { getTeacher, requireTeacherPage } from "@/lib/authz";
import { orNotFound } from "@/lib/errors";
import { getAssignment } from "@/lib/assignments/get-assignment";
import { dirOf } from "@/lib/i18n/config";
import { getAssignmentResults } from "@/lib/results/assignment-results";
import { setAccommodationAction } from "../actions";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string | string[]; error?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const teacher = await getTeacher();
  const a = teacher
    ? await getAssignment({ teacherId: teacher.id, assignmentId: (await params).id }).catch(() => null)
    : null;
  return a ? { title: (await getTranslations("results"))("page.title", { quiz: a.quiz.title }) } : {};
}

export default async function AssignmentResultsPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const teacher = await requireTeacherPage(`/teacher/assignments/${id}`);
  const results = await orNotFound(getAssignmentResults({ teacherId: teacher.id, assignmentId: id }));
  const [t, format, locale] = await Promise.all([getTranslations("results"), getFormatter(), getLocale()]);
  const { assignment, summary } = results;
  const language = assignment.quiz.article.language;
  const when = (d: Date) => (
    <LocalDateTime
      iso={d.toISOString()}
      serverText={format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC"}
    />
  );
  // 2 decimals: a partial-credit score such as 1.25 reads the same here as in the table and the exports
  const score = (x: number | null) =>
    x == null ? "—" : t("page.outOf", { value: format.number(x, { maximumFractionDigits: 2 }), max: summary.maxScore });

  return (
    <ClientMessages namespaces={["quizzes.errors", "results.chart", "results.manage"]}>
      <div className="stack">
        <p className="row">
          <Link prefetch={false} href="/teacher/assignments">
            {t("page.backToList")}
          </Link>
          {!assignment.quiz.isDeleted && (
            <Link prefetch={false} href={`/teacher/quizzes/${assignment.quiz.id}`}>
              {t("page.backToQuiz")}
            </Link>
          )}
        </p>
        <h1 dir="auto">{t("page.title", { quiz: assignment.quiz.title })}</h1>
        <p className="muted">
          <bdi dir="auto">{t("page.class", { name: assignment.class.name })}</bdi> · {t("list.opens")}{" "}
          {when(assignment.opensAt)}
          {assignment.dueAt && (
            <>
              {" "}
              · {t("list.due")} {when(assignment.dueAt)}
            </>
          )}
        </p>
        {assignment.quiz.isDeleted && (
          <p className="alert alert-info" role="status">
            {t("page.deletedQuiz")}
          </p>
        )}
        {assignment.class.isDeleted && (
          <p className="alert alert-info" role="status">
            {t("page.deletedClass")}
          </p>
        )}
        <p className="row">
          <a
            className="button button-secondary"
            href={`/api/teacher/assignments/${assignment.id}/results.csv`}
            download
          >
            {t("page.csv")}
          </a>
          <a
            className="button button-secondary"
            href={`/api/teacher/assignments/${assignment.id}/results.xlsx`}
            download
          >
            {t("page.xlsx")}
          </a>
        </p>

        <section aria-labelledby="summary-heading" className="card stack">
          <h2 id="summary-heading" className="visually-hidden">
            {t("page.finished", { finished: summary.finished, students: summary.students })}
          </h2>
          <p>
            <strong>{t("page.finished", { finished: summary.finished, students: summary.students })}</strong>
            {summary.inProgress > 0 && <> · {t("page.inProgress", { count: summary.inProgress })}</>}
          </p>
          {summary.finished === 0 ? (
            <p className="muted">{t("page.noneFinished")}</p>
          ) : (
            <dl className="item-stats">
              <div>
                <dt>{t("page.mean")}</dt>
                <dd>{score(summary.mean)}</dd>
              </div>
              <div>
                <dt>{t("page.median")}</dt>
                <dd>{score(summary.median)}</dd>
              </div>
            </dl>
          )}
          {assignment.quiz.attemptsAllowed > 1 && <p className="hint">{t("page.bestAttempt")}</p>}
        </section>

        {summary.finished > 0 && (
          <section aria-labelledby="chart-heading">
            <h2 id="chart-heading">{t("chart.heading")}</h2>
            <ScoreChart distribution={summary.distribution} max={summary.maxScore} isRtl={dirOf(locale) === "rtl"} />
          </section>
        )}

        <section aria-labelledby="table-heading">
          <h2 id="table-heading">{t("table.heading")}</h2>
          <ResultsTable results={results} language={language} />
        </section>

        <ManageAssignment assignment={assignment} done={firstParam(query.done)} error={firstParam(query.error)} />

        {!assignment.class.isDeleted && !assignment.isDeleted && (
          <Accommodations
            action={setAccommodationAction}
            assignmentId={assignment.id}
            rows={results.rows}
            isTimed={assignment.quiz.timeLimitSec != null}
            attemptsAllowed={assignment.quiz.attemptsAllowed}
            done={firstParam(query.done)}
            error={firstParam(query.error)}
          />
        )}

        <section aria-labelledby="items-heading">
          <h2 id="items-heading">{t("items.heading")}</h2>
          <ItemAnalysisList results={results} language={language} />
        </section>
      </div>
    </ClientMessages>
  );
}
