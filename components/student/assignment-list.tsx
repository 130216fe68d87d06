// One bucket of "My work" (to do / done / upcoming / closed) for one class. Server component; the Start/Resume
// button posts to the lead's startAssignment action, which creates or resumes the attempt.
import { Fragment } from "react";
import { getTranslations } from "next-intl/server";
import { startAssignment } from "@/app/my/actions";
import { DateTime } from "@/components/ui/date-time";
import type { MyAssignment } from "@/lib/students/my-work";

export type Bucket = "todo" | "done" | "upcoming" | "closed";

/** U+2063 INVISIBLE SEPARATOR: never part of a message, so it marks where the date goes. */
const DATE_MARK = "\u2063";

export async function AssignmentList({ bucket, items }: { bucket: Bucket; items: MyAssignment[] }) {
  const t = await getTranslations("student.my");
  // The server formats in UTC (it cannot know the student's time zone); the browser shows the student's own time.
  // The message is translated with a marker where the date goes, and the date element is put in its place.
  const withDate = (key: "opens" | "closedOn" | "due" | "scoreAfterDue", d: Date) => {
    const [before = "", after = ""] = t(key, { date: DATE_MARK }).split(DATE_MARK);
    return (
      <>
        {before}
        <DateTime date={d} />
        {after}
      </>
    );
  };

  return (
    <ul className="work-list" data-testid={`work-${bucket}`}>
      {items.map((a) => {
        const facts = [
          bucket === "upcoming"
            ? withDate("opens", a.opensAt)
            : bucket === "closed"
              ? a.dueAt
                ? withDate("closedOn", a.dueAt)
                : t("noAttemptsLeft")
              : a.dueAt
                ? withDate("due", a.dueAt)
                : t("noDue"),
          a.timeLimitSec ? t("timeLimit", { minutes: Math.max(1, Math.round(a.timeLimitSec / 60)) }) : null,
          bucket !== "upcoming" && a.attemptsUsed > 0
            ? t("attempts", { used: a.attemptsUsed, allowed: a.attemptsAllowed })
            : null,
        ].filter(Boolean);
        const button =
          bucket === "todo"
            ? a.isInProgress
              ? t("resume")
              : t("start")
            : bucket === "done" && a.canRetry
              ? t("tryAgain")
              : null;
        return (
          <li key={a.assignmentId} className="work-item">
            <div className="stack work-item-text">
              <strong dir="auto">{a.quizTitle}</strong>
              <p className="hint">
                {facts.map((f, i) => (
                  <Fragment key={i}>
                    {i > 0 && " · "}
                    {f}
                  </Fragment>
                ))}
              </p>
              {bucket === "done" &&
                (a.score ? (
                  <p className="badge">{t("score", { score: a.score.score, total: a.score.total })}</p>
                ) : a.isScoreHidden ? (
                  <p className="hint">{a.dueAt ? withDate("scoreAfterDue", a.dueAt) : t("scoreLater")}</p>
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
