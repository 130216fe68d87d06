// The teacher's controls for one assignment on its results page: its state, new dates / reopen, close now, delete
// (results kept). A deleted assignment shows only a notice.
import { getTranslations } from "next-intl/server";
import { closeAssignmentAction, deleteAssignmentAction } from "@/app/teacher/assignments/actions";
import { ConfirmSubmit } from "@/components/classes/confirm-submit";
import { AssignmentDatesForm } from "./assignment-dates-form";
import { ErrorAlert } from "@/components/ui/error-alert";

const DONE = new Set(["closed", "deleted"]);

export async function ManageAssignment({
  assignment,
  now = new Date(),
  done,
  error,
}: {
  assignment: { id: string; opensAt: Date; dueAt: Date | null; isDeleted: boolean; class: { isDeleted: boolean } };
  now?: Date;
  done?: string;
  error?: string;
}) {
  const t = await getTranslations("results.manage");
  const tq = await getTranslations("quizzes.errors");
  const state = assignment.isDeleted
    ? "deleted"
    : assignment.dueAt && assignment.dueAt <= now
      ? "closed"
      : assignment.opensAt > now
        ? "upcoming"
        : "open";
  const notice = error ? (
    <ErrorAlert>{tq.has(error) ? tq(error) : tq("unknown")}</ErrorAlert>
  ) : done && DONE.has(done) ? (
    <p className="alert alert-good" role="status">
      {t(`done.${done}`)}
    </p>
  ) : null;

  return (
    <section id="manage" aria-labelledby="manage-heading" className="card stack">
      <h2 id="manage-heading">{t("heading")}</h2>
      {notice}
      <p data-testid="assignment-state">
        <strong>{t(`state.${state}`)}</strong>
      </p>
      {state === "deleted" ? (
        <p className="muted">{t("deletedNote")}</p>
      ) : assignment.class.isDeleted ? null : (
        <>
          <AssignmentDatesForm assignmentId={assignment.id} isClosed={state === "closed"} />
          <div className="row">
            {state !== "closed" && (
              <form action={closeAssignmentAction}>
                <input type="hidden" name="assignmentId" value={assignment.id} />
                <button type="submit" className="button button-secondary">
                  {t("closeNow")}
                </button>
              </form>
            )}
            <form action={deleteAssignmentAction}>
              <input type="hidden" name="assignmentId" value={assignment.id} />
              <ConfirmSubmit
                label={t("delete")}
                question={t("deleteQuestion")}
                confirmLabel={t("deleteConfirm")}
                cancelLabel={t("cancel")}
                workingLabel={t("working")}
                className="button button-secondary"
              />
            </form>
          </div>
        </>
      )}
    </section>
  );
}
