// The teacher's live games on the results list (/teacher/assignments), beside the assignments: quiz, when it was
// played, how many played (and how many of them are class students), and a link to its results.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { QuizTitleLink } from "@/components/teacher/quizzes/quiz-title-link";
import { DateTime } from "@/components/ui/date-time";
import { ListTable } from "@/components/ui/list-table";
import type { listTeacherLiveGames } from "@/lib/live/live-results";

type Row = Awaited<ReturnType<typeof listTeacherLiveGames>>[number];

export async function LiveGamesTable({ games }: { games: Row[] }) {
  const t = await getTranslations("live");
  return (
    <ListTable
      testId="live-games-list"
      columns={[t("list.quiz"), t("list.played"), t("list.players"), t("list.status")]}
      linkColumn={t("list.results")}
    >
      {games.map((g) => (
        <tr key={g.id}>
          <td>
            <QuizTitleLink quiz={g.quiz} />
          </td>
          <td>
            <DateTime date={g.createdAt} />
          </td>
          <td>{t("list.playersValue", { players: g.players, students: g.classStudents })}</td>
          <td>{g.isFinished ? t("results.finished") : t("results.running")}</td>
          <td>
            <Link href={`/teacher/live/${g.id}/results`} aria-label={t("list.resultsFor", { quiz: g.quiz.title })}>
              {t("list.results")}
            </Link>
          </td>
        </tr>
      ))}
    </ListTable>
  );
}
