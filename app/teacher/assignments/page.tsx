import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { listAssignments } from "@/lib/assignments/list-assignments";
import { requireTeacherPage } from "@/lib/authz";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("results"))("list.title") };
}

export default async function AssignmentsPage() {
  const teacher = await requireTeacherPage("/teacher/assignments");
  const [t, format, assignments] = await Promise.all([
    getTranslations("results"),
    getFormatter(),
    listAssignments({ teacherId: teacher.id }),
  ]);
  const when = (d: Date) => (
    <LocalDateTime iso={d.toISOString()} serverText={format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC"} />
  );

  return (
    <div className="stack">
      <h1>{t("list.title")}</h1>
      <p className="muted">{t("list.intro")}</p>
      {assignments.length === 0 ? (
        <p className="muted">
          {t("list.empty")} <Link href="/teacher/quizzes">{t("list.toQuizzes")}</Link>
        </p>
      ) : (
        <div className="results-scroll">
          <table className="table card" data-testid="assignments">
            <thead>
              <tr>
                <th scope="col">{t("list.quiz")}</th>
                <th scope="col">{t("list.class")}</th>
                <th scope="col">{t("list.opens")}</th>
                <th scope="col">{t("list.due")}</th>
                <th scope="col">{t("list.completion")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("list.results")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {assignments.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link href={`/teacher/quizzes/${a.quiz.id}`} dir="auto">
                      {a.quiz.title}
                    </Link>
                  </td>
                  <td>
                    <bdi dir="auto">{a.class.name}</bdi> {a.class.isDeleted && <span className="badge">{t("list.deleted")}</span>}
                  </td>
                  <td>{when(a.opensAt)}</td>
                  <td>{a.dueAt ? when(a.dueAt) : t("list.noDue")}</td>
                  <td>
                    <span aria-hidden="true">{t("list.completionValue", { done: a.completed, total: a.students })}</span>
                    <span className="visually-hidden">{t("list.completionLabel", { done: a.completed, total: a.students })}</span>
                  </td>
                  <td>
                    <Link href={`/teacher/assignments/${a.id}`} aria-label={t("list.resultsFor", { quiz: a.quiz.title, class: a.class.name })}>
                      {t("list.results")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
