"use client";
// New dates for an assignment: a later due date (which also reopens a closed one) and, optionally, a new opening.
// datetime-local values are the teacher's local time; the browser converts them to UTC ISO strings (as AssignForm).
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { updateAssignmentDatesAction } from "@/app/teacher/assignments/actions";
import { useErrorMessage } from "@/components/teacher/quizzes/use-error-message";
import { ErrorAlert } from "@/components/ui/error-alert";
import { BusyButton } from "@/components/ui/busy-button";

function toIso(local: string): string {
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? "" : d.toISOString();
}

export function AssignmentDatesForm({ assignmentId, isClosed }: { assignmentId: string; isClosed: boolean }) {
  const t = useTranslations("results.manage");
  const message = useErrorMessage();
  const router = useRouter();
  const id = useId();
  const [opensAt, setOpensAt] = useState("");
  const [dueAt, setDueAt] = useState("");
  const [error, setError] = useState<{ field: "opensAt" | "dueAt" | "form"; text: string } | null>(null);
  const [done, setDone] = useState(false);
  const [isPending, startTransition] = useTransition();

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setDone(false);
    const due = toIso(dueAt);
    if (!due) return setError({ field: "dueAt", text: message("dateInvalid") });
    if (opensAt && !toIso(opensAt)) return setError({ field: "opensAt", text: message("dateInvalid") });
    setError(null);
    startTransition(async () => {
      try {
        const res = await updateAssignmentDatesAction(assignmentId, { opensAt: toIso(opensAt), dueAt: due });
        if (!res.ok)
          return setError({
            field: res.code === "dateInvalid" ? "opensAt" : res.code === "assignmentDeleted" ? "form" : "dueAt",
            text: message(res.code),
          });
        setDone(true);
        setOpensAt("");
        setDueAt("");
        router.refresh();
      } catch {
        setError({ field: "form", text: message("network") });
      }
    });
  }

  const err = (f: "opensAt" | "dueAt" | "form") =>
    error?.field === f ? <ErrorAlert id={`${id}-${f}-error`}>{error.text}</ErrorAlert> : null;

  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-busy={isPending} aria-labelledby={`${id}-legend`}>
      <h3 id={`${id}-legend`}>{isClosed ? t("reopenHeading") : t("datesHeading")}</h3>
      <div className="quiz-settings-grid" style={{ alignItems: "start" }}>
        <div className="field">
          <label htmlFor={`${id}-due`}>{t("newDue")}</label>
          <input
            id={`${id}-due`}
            type="datetime-local"
            value={dueAt}
            required
            aria-invalid={error?.field === "dueAt" ? true : undefined}
            aria-describedby={error?.field === "dueAt" ? `${id}-dueAt-error` : undefined}
            onChange={(e) => setDueAt(e.target.value)}
          />
          {err("dueAt")}
        </div>
        <div className="field">
          <label htmlFor={`${id}-opens`}>{t("newOpens")}</label>
          <input
            id={`${id}-opens`}
            type="datetime-local"
            value={opensAt}
            aria-invalid={error?.field === "opensAt" ? true : undefined}
            aria-describedby={[`${id}-opens-hint`, error?.field === "opensAt" ? `${id}-opensAt-error` : ""]
              .filter(Boolean)
              .join(" ")}
            onChange={(e) => setOpensAt(e.target.value)}
          />
          <p id={`${id}-opens-hint`} className="hint">
            {t("newOpensHint")}
          </p>
          {err("opensAt")}
        </div>
      </div>
      {err("form")}
      <div className="row">
        <BusyButton isBusy={isPending} label={isClosed ? t("reopen") : t("saveDates")} />
        <span role="status" className="hint">
          {done ? t("datesSaved") : ""}
        </span>
      </div>
    </form>
  );
}
