import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CreateClassForm } from "@/components/classes/create-class-form";
import { DeletedClassActions } from "@/components/classes/deleted-class-actions";
import { ClassNotice } from "@/components/classes/notice";
import { firstParam } from "@/lib/http/search-params";
import { requireTeacherPage } from "@/lib/authz";
import { formatJoinCode } from "@/lib/classes/join-code";
import { listClasses } from "@/lib/classes/list-classes";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("classes"))("title") };
}

type Props = { searchParams: Promise<{ done?: string | string[]; error?: string | string[] }> };

export default async function ClassesPage({ searchParams }: Props) {
  const teacher = await requireTeacherPage("/teacher/classes");
  const [t, format, classes, params] = await Promise.all([
    getTranslations("classes"),
    getFormatter(),
    listClasses({ teacherId: teacher.id }),
    searchParams,
  ]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });

  return (
    <ClientMessages namespaces={["classes"]}>
      <div className="stack">
        <h1>{t("title")}</h1>
        <p className="muted">{t("intro")}</p>
        <ClassNotice done={firstParam(params.done)} error={firstParam(params.error)} />
        <CreateClassForm />

        <section aria-labelledby="classes-heading">
          <h2 id="classes-heading">{t("list.heading")}</h2>
          {classes.active.length === 0 ? (
            <p className="muted">{t("list.empty")}</p>
          ) : (
            <table className="table card" data-testid="classes">
              <thead>
                <tr>
                  <th scope="col">{t("list.name")}</th>
                  <th scope="col">{t("list.code")}</th>
                  <th scope="col">{t("list.students")}</th>
                  <th scope="col">{t("list.created")}</th>
                </tr>
              </thead>
              <tbody>
                {classes.active.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <Link prefetch={false} href={`/teacher/classes/${c.id}`} dir="auto">
                        {c.name}
                      </Link>
                    </td>
                    <td>
                      <span dir="ltr" className="mono">
                        {c.joinCode ? formatJoinCode(c.joinCode) : "—"}
                      </span>
                    </td>
                    <td>{t("list.studentCount", { count: c.studentCount })}</td>
                    <td>{date(c.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>

        {classes.deleted.length > 0 && (
          <section aria-labelledby="deleted-heading" className="stack">
            <h2 id="deleted-heading">{t("deleted.heading")}</h2>
            <p className="hint">{t("deleted.intro")}</p>
            <ul className="class-list" data-testid="deleted-classes">
              {classes.deleted.map((c) => (
                <li key={c.id} className="card stack">
                  <div className="row">
                    <Link prefetch={false} href={`/teacher/classes/${c.id}`} dir="auto">
                      <strong>{c.name}</strong>
                    </Link>
                    <span className="muted">{t("deleted.deletedOn", { date: date(c.deletedAt!) })}</span>
                    <span className="muted">{t("list.studentCount", { count: c.studentCount })}</span>
                  </div>
                  <DeletedClassActions classId={c.id} name={c.name} isSmall />
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </ClientMessages>
  );
}
