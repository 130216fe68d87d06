// /join and /join/<code>: the join form, and "I already joined" for a student on a new device.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { JoinForm } from "./join-form";

export async function JoinPage({
  code = "",
  membership,
}: {
  code?: string;
  membership?: { className: string; displayName: string } | null;
}) {
  const t = await getTranslations("student");
  return (
    <div className="stack narrow">
      <h1>{t("join.title")}</h1>
      {membership ? (
        <div className="alert alert-good stack my-banner" role="status">
          <p>
            {t.rich("join.already", {
              className: () => <bdi>{membership.className}</bdi>,
              name: () => <bdi>{membership.displayName}</bdi>,
            })}
          </p>
          <p>
            <Link className="button" href="/my">
              {t("join.goToMyWork")}
            </Link>
          </p>
        </div>
      ) : (
        <>
          <p className="muted">{t("join.intro")}</p>
          <JoinForm mode="join" code={code} />
        </>
      )}
      <section aria-labelledby="resume-heading" className="stack">
        <h2 id="resume-heading">{t("join.resumeHeading")}</h2>
        <p className="muted">{t("join.resumeIntro")}</p>
        <JoinForm mode="resume" code={code} />
      </section>
    </div>
  );
}
