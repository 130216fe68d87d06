import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AssignmentsTable } from "@/components/teacher/results/assignments-table";
import { listAssignments } from "@/lib/assignments/list-assignments";
import { requireTeacherPage } from "@/lib/authz";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("results"))("list.title") };
}

export default async function AssignmentsPage() {
  const teacher = await requireTeacherPage("/teacher/assignments");
  const [t, assignments] = await Promise.all([getTranslations("results"), listAssignments({ teacherId: teacher.id })]);

  return (
    <div className="stack">
      <h1>{t("list.title")}</h1>
      <p className="muted">{t("list.intro")}</p>
      {assignments.length === 0 ? (
        <p className="muted">
          {t("list.empty")} <Link href="/teacher/quizzes">{t("list.toQuizzes")}</Link>
        </p>
      ) : (
        <AssignmentsTable assignments={assignments} showQuiz testId="assignments" />
      )}
    </div>
  );
}
