// The teacher's assignments with completion counts: on /teacher/assignments (with the quiz column) and on a quiz's
// page (without it). Dates show in the viewer's time zone.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { QuizTitleLink } from "@/components/teacher/quizzes/quiz-title-link";
import { DateTime } from "@/components/ui/date-time";
import { ListTable } from "@/components/ui/list-table";
import type { listAssignments } from "@/lib/assignments/list-assignments";

type Row = Awaited<ReturnType<typeof listAssignments>>[number];

export async function AssignmentsTable({
  assignments,
  showQuiz,
  testId,
  now = new Date(),
}: {
  assignments: Row[];
  showQuiz: boolean;
  testId: string;
  now?: Date;
}) {
  const t = await getTranslations("results");

  return (
    <ListTable
      testId={testId}
      columns={[showQuiz && t("list.quiz"), t("list.class"), t("list.opens"), t("list.due"), t("list.completion")]}
      linkColumn={t("list.results")}
    >
      {assignments.map((a) => (
        <tr key={a.id}>
          {showQuiz && (
            <td>
              <QuizTitleLink quiz={a.quiz} />
            </td>
          )}
          <td>
            <bdi dir="auto">{a.class.name}</bdi>{" "}
            {a.class.isDeleted && <span className="badge">{t("list.deleted")}</span>}
          </td>
          <td>{<DateTime date={a.opensAt} />}</td>
          <td>{a.dueAt ? <DateTime date={a.dueAt} /> : t("list.noDue")}</td>
          <td>
            <span aria-hidden="true">{t("list.completionValue", { done: a.completed, total: a.students })}</span>
            <span className="visually-hidden">
              {t("list.completionLabel", { done: a.completed, total: a.students })}
            </span>
          </td>
          <td>
            <Link
              prefetch={false}
              href={`/teacher/assignments/${a.id}`}
              aria-label={t("list.resultsFor", { quiz: a.quiz.title, class: a.class.name })}
            >
              {t("list.results")}
            </Link>{" "}
            {a.isDeleted ? (
              <span className="badge">{t("list.deletedAssignment")}</span>
            ) : a.dueAt && a.dueAt <= now ? (
              <span className="badge">{t("list.closed")}</span>
            ) : null}
          </td>
        </tr>
      ))}
    </ListTable>
  );
}
