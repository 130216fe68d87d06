// "My work": what this device's students have to do, have done, and what is coming, class by class.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AssignmentList, type Bucket } from "@/components/student/assignment-list";
import { getDeviceId } from "@/lib/device";
import { getMyWork } from "@/lib/students/my-work";
import { firstParam } from "@/lib/http/search-params";
import { ErrorAlert } from "@/components/ui/error-alert";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("student"))("my.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const BUCKETS: Bucket[] = ["todo", "upcoming", "done", "closed"];

export default async function MyWorkPage({ searchParams }: Props) {
  const [t, classes, query] = await Promise.all([
    getTranslations("student.my"),
    getDeviceId().then((deviceId) => getMyWork({ deviceId })),
    searchParams,
  ]);
  const joinedId = firstParam(query.joined);
  const backId = firstParam(query.back);
  const error = firstParam(query.error);
  // Only a student of this device is greeted (the id in the address proves nothing by itself).
  const joined = classes.find((c) => c.student.id === joinedId);
  const back = classes.find((c) => c.student.id === backId);

  const errorAlert = error && (
    <ErrorAlert>{t.has(`errors.${error}`) ? t(`errors.${error}`) : t("errors.unknown")}</ErrorAlert>
  );

  if (classes.length === 0) {
    return (
      <div className="stack narrow">
        <h1>{t("title")}</h1>
        {errorAlert}
        <div className="card stack" data-testid="my-empty">
          <h2 style={{ margin: 0 }}>{t("emptyTitle")}</h2>
          <p>{t("empty")}</p>
          <p>
            <Link className="button" href="/join">
              {t("join")}
            </Link>
          </p>
        </div>
      </div>
    );
  }

  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      {errorAlert}
      {joined && (
        <div className="alert alert-good stack my-banner" role="status" data-testid="pin-once">
          <p>
            <strong>
              {t.rich("welcome", {
                className: () => <bdi>{joined.className}</bdi>,
                name: () => <bdi>{joined.student.displayName}</bdi>,
              })}
            </strong>
          </p>
          <p className="pin-once">{t("pinOnce", { pin: joined.student.pin })}</p>
        </div>
      )}
      {back && !joined && (
        <p className="alert alert-good" role="status">
          {t.rich("welcomeBack", {
            className: () => <bdi>{back.className}</bdi>,
            name: () => <bdi>{back.student.displayName}</bdi>,
          })}
        </p>
      )}

      {classes.map((c) => {
        const isEmpty = BUCKETS.every((b) => c[b].length === 0);
        return (
          <section key={c.classId} className="card stack" aria-labelledby={`class-${c.classId}`} data-testid="my-class">
            <h2 id={`class-${c.classId}`} style={{ margin: 0 }}>
              <bdi>{c.className}</bdi>
            </h2>
            <p className="row muted">
              <span>{t.rich("you", { name: () => <bdi>{c.student.displayName}</bdi> })}</span>
              <span aria-hidden="true">·</span>
              <span title={t("pinLabel")}>{t("pin", { pin: c.student.pin })}</span>
            </p>
            {isEmpty ? (
              <p className="muted">{t("noAssignments")}</p>
            ) : (
              BUCKETS.map((b) =>
                b === "todo" || c[b].length > 0 ? (
                  <div key={b} className="stack">
                    <h3>{t(b)}</h3>
                    {c[b].length === 0 ? (
                      <p className="muted">{t("nothingToDo")}</p>
                    ) : (
                      <AssignmentList bucket={b} items={c[b]} />
                    )}
                  </div>
                ) : null,
              )
            )}
          </section>
        );
      })}
      <p>
        <Link prefetch={false} href="/join">
          {t("joinAnother")}
        </Link>
      </p>
    </div>
  );
}
