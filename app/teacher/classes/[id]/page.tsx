import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ConfirmSubmit } from "@/components/classes/confirm-submit";
import { DeletedClassActions } from "@/components/classes/deleted-class-actions";
import { JoinPanel } from "@/components/classes/join-panel";
import { ClassNotice } from "@/components/classes/notice";
import { firstParam } from "@/lib/http/search-params";
import { getTeacher, requireTeacherPage } from "@/lib/authz";
import { getClass } from "@/lib/classes/get-class";
import { joinQrSvg, joinUrl, requestOrigin } from "@/lib/classes/join-link";
import { orNotFound } from "@/lib/errors";
import { ClassReviewSection } from "@/components/review/class-review-section";
import { getClassReviewStats } from "@/lib/review/class-review-stats";
import { reviewNow } from "@/lib/review/clock";
import { PIN_TRIES_PER_NAME } from "@/lib/students/join-rate-limit";
import { deleteClassAction, readmitStudentAction, removeStudentAction, unlockPinAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string | string[]; error?: string | string[] }>;
};

async function load(teacherId: string, classId: string) {
  return orNotFound(getClass({ teacherId, classId }));
}

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  // Not-found and sign-in are the page's job: here a missing class or teacher just falls back to the section title.
  const teacher = await getTeacher();
  const cls = teacher ? await getClass({ teacherId: teacher.id, classId: (await params).id }).catch(() => null) : null;
  return { title: cls?.name ?? (await getTranslations("classes"))("title") };
}

export default async function ClassPage({ params, searchParams }: Props) {
  const { id } = await params;
  const teacher = await requireTeacherPage(`/teacher/classes/${id}`);
  const [cls, t, format, query] = await Promise.all([
    load(teacher.id, id),
    getTranslations("classes"),
    getFormatter(),
    searchParams,
  ]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const confirmLabels = { cancelLabel: t("actions.cancel"), workingLabel: t("actions.working") };
  const joinCode = cls.deletedAt ? null : cls.joinCode;
  const url = joinCode ? joinUrl(await requestOrigin(), joinCode) : "";

  return (
    <div className="stack">
      <p>
        <Link prefetch={false} href="/teacher/classes">
          {t("detail.backToList")}
        </Link>
      </p>
      <h1>
        <bdi>{cls.name}</bdi>
      </h1>
      <p className="muted">{t("detail.created", { date: date(cls.createdAt) })}</p>
      <ClassNotice done={firstParam(query.done)} error={firstParam(query.error)} />

      {cls.deletedAt ? (
        <div className="card stack" data-testid="deleted-banner">
          <p className="alert alert-info">{t("detail.deletedBanner", { date: date(cls.deletedAt) })}</p>
          <DeletedClassActions classId={cls.id} name={cls.name} />
        </div>
      ) : (
        joinCode && (
          <JoinPanel classId={cls.id} className={cls.name} code={joinCode} url={url} qrSvg={await joinQrSvg(url)} />
        )
      )}

      <section aria-labelledby="roster-heading" className="stack">
        <h2 id="roster-heading">
          {t("roster.heading")} <span className="badge">{t("roster.count", { count: cls.students.length })}</span>
        </h2>
        {cls.students.length === 0 ? (
          <p className="muted">{t("roster.empty")}</p>
        ) : (
          <>
            <p className="hint">{t("roster.pinHint", { tries: PIN_TRIES_PER_NAME.points })}</p>
            <div className="table-scroll">
              <table className="table card" data-testid="roster">
                <thead>
                  <tr>
                    <th scope="col">{t("roster.name")}</th>
                    <th scope="col">{t("roster.pin")}</th>
                    <th scope="col">{t("roster.joined")}</th>
                    {!cls.deletedAt && <th scope="col">{t("roster.actions")}</th>}
                  </tr>
                </thead>
                <tbody>
                  {cls.students.map((s) => (
                    <tr key={s.id}>
                      {/* React escapes the name: "<script>" shows as text. */}
                      <td>
                        <bdi>{s.displayName}</bdi>
                      </td>
                      <td>
                        <span dir="ltr" className="mono">
                          {s.pin}
                        </span>
                        {s.isPinLocked && (
                          <>
                            {" "}
                            <span className="badge badge-warn" data-testid="pin-locked">
                              {t("roster.pinLocked")}
                            </span>
                          </>
                        )}
                      </td>
                      <td>{date(s.joinedAt)}</td>
                      {!cls.deletedAt && (
                        <td>
                          <div className="row">
                            {s.isPinLocked && (
                              <form action={unlockPinAction}>
                                <input type="hidden" name="classId" value={cls.id} />
                                <input type="hidden" name="studentId" value={s.id} />
                                <button
                                  type="submit"
                                  className="button button-small"
                                  aria-label={t("roster.unlockLabel", { name: s.displayName })}
                                >
                                  {t("roster.unlock")}
                                </button>
                              </form>
                            )}
                            <form action={removeStudentAction}>
                              <input type="hidden" name="classId" value={cls.id} />
                              <input type="hidden" name="studentId" value={s.id} />
                              <ConfirmSubmit
                                label={t("roster.remove")}
                                question={t.rich("roster.removeQuestion", { name: () => <bdi>{s.displayName}</bdi> })}
                                confirmLabel={t("roster.removeConfirm")}
                                className="button button-ghost button-small"
                                {...confirmLabels}
                              />
                            </form>
                          </div>
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
        {cls.removedCount > 0 && (
          <details>
            <summary className="hint">{t("detail.removedCount", { count: cls.removedCount })}</summary>
            {/* A removed student's device cannot join again (issue 8, Low) until the teacher lets them back in. */}
            <ul className="stack" aria-label={t("roster.removedList")}>
              {cls.removed.map((s) => (
                <li key={s.id} className="row">
                  <bdi>{s.displayName}</bdi>
                  {!cls.deletedAt && (
                    <form action={readmitStudentAction}>
                      <input type="hidden" name="classId" value={cls.id} />
                      <input type="hidden" name="studentId" value={s.id} />
                      <button type="submit" className="button button-small">
                        {t("roster.readmit")}
                      </button>
                    </form>
                  )}
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>

      <ClassReviewSection
        stats={await getClassReviewStats({ classId: cls.id, ownerId: teacher.id, now: reviewNow() })}
      />

      {!cls.deletedAt && (
        <section aria-labelledby="danger-heading" className="card stack">
          <h2 id="danger-heading" style={{ margin: 0 }}>
            {t("detail.dangerHeading")}
          </h2>
          <form action={deleteClassAction}>
            <input type="hidden" name="classId" value={cls.id} />
            <ConfirmSubmit
              label={t("actions.delete")}
              question={t.rich("actions.deleteQuestion", { name: () => <bdi>{cls.name}</bdi> })}
              confirmLabel={t("actions.deleteConfirm")}
              {...confirmLabels}
            />
          </form>
        </section>
      )}
    </div>
  );
}
