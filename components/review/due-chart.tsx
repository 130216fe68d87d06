// Cards due per day for the next 30 days: a plain SVG bar chart (no chart library on the page) with a text
// alternative — a one-line summary as its accessible name and the full numbers in a table.
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { dirOf } from "@/lib/i18n/config";

const W = 600;
const H = 160;
const PAD = 20;

export async function DueChart({ days }: { days: { date: string; count: number }[] }) {
  const t = await getTranslations("spaced.progress");
  const format = await getFormatter();
  const isRtl = dirOf(await getLocale()) === "rtl";
  const max = Math.max(1, ...days.map((d) => d.count));
  const total = days.reduce((n, d) => n + d.count, 0);
  const busiest = days.reduce((b, d) => (d.count > b.count ? d : b), days[0]!);
  const label = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { month: "short", day: "numeric" });
  const barW = (W - PAD) / days.length;
  const summary = t("chartSummary", { total, days: days.length, max: busiest.count, date: label(busiest.date) });
  return (
    <figure className="stack" style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${W} ${H + PAD}`}
        role="img"
        aria-label={summary}
        className="due-chart"
        // the axis labels are placed by coordinates (already mirrored for Arabic), not by the text direction
        direction="ltr"
        data-testid="due-chart"
      >
        <line x1={0} x2={W} y1={H} y2={H} stroke="currentColor" strokeOpacity={0.3} />
        {days.map((d, i) => {
          const h = (d.count / max) * (H - PAD);
          // Right-to-left pages read time from the right, as their text does.
          const x = isRtl ? W - (i + 1) * barW + 2 : i * barW + 2;
          return (
            <rect key={d.date} x={x} y={H - h} width={Math.max(1, barW - 4)} height={h} rx={2} className="due-bar">
              <title>{`${label(d.date)}: ${d.count}`}</title>
            </rect>
          );
        })}
        <text x={2} y={H + 16} fontSize={12} fill="currentColor">
          {label(isRtl ? days.at(-1)!.date : days[0]!.date)}
        </text>
        <text x={W - 2} y={H + 16} fontSize={12} fill="currentColor" textAnchor="end">
          {label(isRtl ? days[0]!.date : days.at(-1)!.date)}
        </text>
      </svg>
      <figcaption className="hint">{summary}</figcaption>
      <details>
        <summary>{t("chartTable")}</summary>
        <div className="table-scroll">
          <table className="table" data-testid="due-table">
            <caption className="visually-hidden">{t("dueTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("day")}</th>
                <th scope="col">{t("due")}</th>
              </tr>
            </thead>
            <tbody>
              {days.map((d) => (
                <tr key={d.date}>
                  <td>{label(d.date)}</td>
                  <td>{format.number(d.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
