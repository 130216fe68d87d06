// The teacher's live games on the results list (/teacher/assignments), beside the assignments: quiz, when it was
// played, how many played (and how many of them are class students), and a link to its results.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { LocalDateTime } from "@/components/ui/local-date-time";
import type { listTeacherLiveGames } from "@/lib/live/live-results";

type Row = Awaited<ReturnType<typeof listTeacherLiveGames>>[number];

export async function LiveGamesTable({ games }: { games: Row[] }) {
  const [t, format] = await Promise.all([getTranslations("live"), getFormatter()]);
  return (
    <div className="results-scroll">
      <table className="table card" data-testid="live-games-list">
        <thead>
          <tr>
            <th scope="col">{t("list.quiz")}</th>
            <th scope="col">{t("list.played")}</th>
            <th scope="col">{t("list.players")}</th>
            <th scope="col">{t("list.status")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("list.results")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {games.map((g) => (
            <tr key={g.id}>
              <td>
                {g.quiz.isDeleted ? (
                  <bdi dir="auto">{g.quiz.title}</bdi>
                ) : (
                  <Link href={`/teacher/quizzes/${g.quiz.id}`} dir="auto">
                    {g.quiz.title}
                  </Link>
                )}
              </td>
              <td>
                <LocalDateTime
                  iso={g.createdAt.toISOString()}
                  serverText={`${format.dateTime(g.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC`}
                />
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
        </tbody>
      </table>
    </div>
  );
}
