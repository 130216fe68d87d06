"use client";
// Assign a quiz to a class. datetime-local values are the teacher's local time: the browser converts them to UTC
// ISO strings before sending, so the server stores UTC and never guesses a time zone.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useId, useState, useSyncExternalStore, useTransition } from "react";
import { createAssignmentAction } from "@/app/teacher/assignments/actions";
import { AssignmentInputSchema } from "@/lib/validation/quizzes";
import { useErrorMessage } from "./use-error-message";
import { ErrorAlert } from "@/components/ui/error-alert";
import { BusyButton } from "@/components/ui/busy-button";

type Field = "classId" | "opensAt" | "dueAt";
const subscribe = () => () => {};

function toIso(local: string): string {
  const d = new Date(local); // "YYYY-MM-DDTHH:mm" without an offset is read as local time
  return Number.isNaN(d.getTime()) ? "" : d.toISOString();
}

export function AssignForm({
  quizId,
  classes,
}: {
  quizId: string;
  classes: { id: string; name: string; students: number }[];
}) {
  const t = useTranslations("quizzes.assign");
  const message = useErrorMessage();
  const id = useId();
  const tz = useSyncExternalStore(
    subscribe,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => "",
  );
  const [classId, setClassId] = useState(classes.length === 1 ? classes[0]!.id : "");
  const [opensAt, setOpensAt] = useState("");
  const [dueAt, setDueAt] = useState("");
  const [errors, setErrors] = useState<Partial<Record<Field | "form", string>>>({});
  const [done, setDone] = useState(false);
  const [isPending, startTransition] = useTransition();

  if (classes.length === 0) {
    return (
      <p className="muted">
        {t("noClasses")}{" "}
        <Link prefetch={false} href="/teacher/classes">
          {t("createClass")}
        </Link>
      </p>
    );
  }

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setDone(false);
    // An empty "Opens" is sent empty: the server opens it at its own "now" (issue 12).
    const input = { quizId, classId, opensAt: opensAt ? toIso(opensAt) || "invalid" : "", dueAt: toIso(dueAt) };
    const parsed = AssignmentInputSchema.safeParse(input);
    if (!parsed.success) {
      const next: typeof errors = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0];
        const field: Field | "form" = key === "classId" || key === "opensAt" || key === "dueAt" ? key : "form";
        next[field] ??= message(issue.message);
      }
      setErrors(next);
      return;
    }
    setErrors({});
    startTransition(async () => {
      try {
        const res = await createAssignmentAction(input);
        if (res.ok) {
          setDone(true);
          setOpensAt("");
          setDueAt("");
        } else
          setErrors({
            [res.code === "dueBeforeOpen" ? "dueAt" : res.code === "dateInvalid" ? "opensAt" : "form"]: message(
              res.code,
            ),
          });
      } catch {
        setErrors({ form: message("network") });
      }
    });
  }

  const err = (f: Field | "form") => <ErrorAlert id={`${id}-${f}-error`}>{errors[f]}</ErrorAlert>;

  return (
    <form className="card stack" onSubmit={onSubmit} noValidate aria-busy={isPending}>
      <div className="field">
        <label htmlFor={`${id}-class`}>{t("class")}</label>
        <select
          id={`${id}-class`}
          value={classId}
          required
          aria-invalid={errors.classId ? true : undefined}
          aria-describedby={errors.classId ? `${id}-classId-error` : undefined}
          onChange={(e) => setClassId(e.target.value)}
        >
          <option value="">{t("chooseClass")}</option>
          {classes.map((c) => (
            <option key={c.id} value={c.id}>
              {t("studentsCount", { name: c.name, count: c.students })}
            </option>
          ))}
        </select>
        {err("classId")}
      </div>
      <div className="quiz-settings-grid">
        <div className="field">
          <label htmlFor={`${id}-opens`}>{t("opensAt")}</label>
          <input
            id={`${id}-opens`}
            type="datetime-local"
            value={opensAt}
            aria-invalid={errors.opensAt ? true : undefined}
            aria-describedby={[`${id}-opens-hint`, `${id}-tz`, errors.opensAt ? `${id}-opensAt-error` : ""]
              .filter(Boolean)
              .join(" ")}
            onChange={(e) => setOpensAt(e.target.value)}
          />
          <p id={`${id}-opens-hint`} className="hint">
            {t("opensHint")}
          </p>
          {err("opensAt")}
        </div>
        <div className="field">
          <label htmlFor={`${id}-due`}>{t("dueAt")}</label>
          <input
            id={`${id}-due`}
            type="datetime-local"
            value={dueAt}
            min={opensAt || undefined}
            required
            aria-invalid={errors.dueAt ? true : undefined}
            aria-describedby={[`${id}-tz`, errors.dueAt ? `${id}-dueAt-error` : ""].filter(Boolean).join(" ")}
            onChange={(e) => setDueAt(e.target.value)}
          />
          {err("dueAt")}
        </div>
      </div>
      <p id={`${id}-tz`} className="hint">
        {t("tzHint", { tz: tz || "—" })}
      </p>
      {err("form")}
      <div className="row">
        <BusyButton isBusy={isPending} label={t("submit")} busyLabel={t("submitting")} />
        <span role="status" className="hint">
          {done ? t("done") : ""}
        </span>
      </div>
    </form>
  );
}
