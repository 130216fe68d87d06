import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AssignmentsTable } from "@/components/teacher/results/assignments-table";
import { LiveGamesTable } from "@/components/live/live-games-table";
import { listAssignments } from "@/lib/assignments/list-assignments";
import { listTeacherLiveGames } from "@/lib/live/live-results";
import { requireTeacherPage } from "@/lib/authz";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("results"))("list.title") };
}

export default async function AssignmentsPage() {
  const teacher = await requireTeacherPage("/teacher/assignments");
  const [t, tLive, assignments, liveGames] = await Promise.all([
    getTranslations("results"),
    getTranslations("live"),
    listAssignments({ teacherId: teacher.id }),
    listTeacherLiveGames({ teacherId: teacher.id }),
  ]);

  return (
    <div className="stack">
      <h1>{t("list.title")}</h1>
      <p className="muted">{t("list.intro")}</p>
      {assignments.length === 0 ? (
        <p className="muted">
          {t("list.empty")}{" "}
          <Link prefetch={false} href="/teacher/quizzes">
            {t("list.toQuizzes")}
          </Link>
        </p>
      ) : (
        <AssignmentsTable assignments={assignments} showQuiz testId="assignments" />
      )}
      <section aria-labelledby="live-games-heading" className="stack">
        <h2 id="live-games-heading">{tLive("list.heading")}</h2>
        {liveGames.length === 0 ? (
          <p className="muted">{tLive("list.empty")}</p>
        ) : (
          <>
            <p className="muted">{tLive("list.intro")}</p>
            <LiveGamesTable games={liveGames} />
          </>
        )}
      </section>
    </div>
  );
}
