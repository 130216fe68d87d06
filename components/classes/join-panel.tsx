// The class's join code, address and QR code, large enough to project. The page draws the QR SVG (joinQrSvg,
// lib/classes/join-link.ts) and hands it here; the regenerate form posts to the classes' server action.
import { getTranslations } from "next-intl/server";
import { regenerateCodeAction } from "@/app/teacher/classes/actions";
import { formatJoinCode } from "@/lib/classes/join-code";
import { ConfirmSubmit } from "./confirm-submit";
import { PresentButton } from "./present-button";

export async function JoinPanel({
  classId,
  className,
  code,
  url,
  qrSvg,
}: {
  classId: string;
  className: string;
  code: string;
  url: string;
  /** The qrcode library's SVG markup of `url` (path data only). */
  qrSvg: string;
}) {
  const t = await getTranslations("classes");
  const panelId = `join-panel-${classId}`;
  return (
    <section className="card stack" aria-labelledby="join-heading">
      <h2 id="join-heading" style={{ margin: 0 }}>
        {t("join.heading")}
      </h2>
      <p className="muted">{t("join.steps")}</p>
      <div id={panelId} className="join-panel">
        <div className="join-panel-text">
          <p className="join-panel-label">{t("join.codeLabel")}</p>
          <p className="join-code">
            <span dir="ltr" data-testid="join-code">
              {formatJoinCode(code)}
            </span>
          </p>
          <p className="join-panel-label">{t("join.urlLabel")}</p>
          <p className="join-url">
            <a href={url} dir="ltr" data-testid="join-url">
              {url}
            </a>
          </p>
        </div>
        {/* The markup is the qrcode library's own output (path data only), never user text. */}
        <div
          className="join-qr"
          role="img"
          aria-label={t("join.qrLabel", { name: className, url })}
          dangerouslySetInnerHTML={{ __html: qrSvg }}
        />
      </div>
      <div className="row">
        <PresentButton targetId={panelId} label={t("join.present")} />
        <form action={regenerateCodeAction}>
          <input type="hidden" name="classId" value={classId} />
          <ConfirmSubmit
            label={t("join.regenerate")}
            question={t("join.regenerateQuestion")}
            confirmLabel={t("join.regenerateConfirm")}
            cancelLabel={t("actions.cancel")}
            workingLabel={t("actions.working")}
          />
        </form>
      </div>
    </section>
  );
}
