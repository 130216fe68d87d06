// One bucket of "My work" (to do / done / upcoming / closed) for one class. Server component; the Start/Resume
// button posts to the lead's startAssignment action, which creates or resumes the attempt.
import { getFormatter, getTranslations } from "next-intl/server";
import { startAssignment } from "@/app/my/actions";
import type { MyAssignment } from "@/lib/students/my-work";

export type Bucket = "todo" | "done" | "upcoming" | "closed";

export async function AssignmentList({ bucket, items }: { bucket: Bucket; items: MyAssignment[] }) {
  const [t, format] = await Promise.all([getTranslations("student.my"), getFormatter()]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });

  return (
    <ul className="work-list" data-testid={`work-${bucket}`}>
      {items.map((a) => {
        const facts = [
          bucket === "upcoming"
            ? t("opens", { date: when(a.opensAt) })
            : bucket === "closed"
              ? a.dueAt
                ? t("closedOn", { date: when(a.dueAt) })
                : t("noAttemptsLeft")
              : a.dueAt
                ? t("due", { date: when(a.dueAt) })
                : t("noDue"),
          a.timeLimitSec ? t("timeLimit", { minutes: Math.max(1, Math.round(a.timeLimitSec / 60)) }) : null,
          bucket !== "upcoming" && a.attemptsUsed > 0 ? t("attempts", { used: a.attemptsUsed, allowed: a.attemptsAllowed }) : null,
        ].filter(Boolean);
        const button =
          bucket === "todo" ? (a.isInProgress ? t("resume") : t("start")) : bucket === "done" && a.canRetry ? t("tryAgain") : null;
        return (
          <li key={a.assignmentId} className="work-item">
            <div className="stack work-item-text">
              <strong dir="auto">{a.quizTitle}</strong>
              <p className="hint">{facts.join(" · ")}</p>
              {bucket === "done" &&
                (a.score ? (
                  <p className="badge">{t("score", { score: a.score.score, total: a.score.total })}</p>
                ) : a.isScoreHidden ? (
                  <p className="hint">{a.dueAt ? t("scoreAfterDue", { date: when(a.dueAt) }) : t("scoreLater")}</p>
                ) : null)}
              {bucket === "closed" && a.dueAt && <p className="hint">{t("missed")}</p>}
            </div>
            {button && (
              <form action={startAssignment}>
                <input type="hidden" name="assignmentId" value={a.assignmentId} />
                <button type="submit" className={bucket === "todo" ? "button" : "button button-secondary"}>
                  {button}
                </button>
              </form>
            )}
          </li>
        );
      })}
    </ul>
  );
}
