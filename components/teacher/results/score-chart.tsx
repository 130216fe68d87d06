"use client";
// Bars of how many students got each score. The chart is decorative for screen readers: the same numbers are in a
// text summary and a table right beside it.
import { useFormatter, useTranslations } from "next-intl";
import dynamic from "next/dynamic";

// recharts (~118 KB gzip) is fetched only here, after the page's own code: the numbers above and the table below do
// not wait for it (issue 9). The placeholder keeps the chart's height so nothing jumps when it arrives.
const ScoreBars = dynamic(() => import("./score-bars").then((m) => m.ScoreBars), {
  ssr: false,
  loading: () => <div style={{ height: 220 }} />,
});

export function ScoreChart({
  distribution,
  max,
  isRtl,
}: {
  distribution: { score: number; count: number }[];
  max: number;
  isRtl: boolean;
}) {
  const t = useTranslations("results.chart");
  const format = useFormatter();
  const list = distribution.filter((d) => d.count > 0).map((d) => t("item", { score: d.score, count: d.count }));
  return (
    <div className="stack">
      <p>{t("summary", { max, list: format.list(list, { type: "conjunction" }) })}</p>
      {/* SVG text anchors misbehave under dir="rtl": draw left-to-right and mirror the axes instead. */}
      {/* inert: decorative, so nothing inside (recharts makes its surface focusable) can take focus (axe aria-hidden-focus). */}
      <div className="score-chart" aria-hidden="true" inert dir="ltr">
        <ScoreBars distribution={distribution} isRtl={isRtl} />
      </div>
      <details>
        <summary>{t("tableCaption")}</summary>
        <table className="table">
          <caption className="visually-hidden">{t("tableCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("score")}</th>
              <th scope="col">{t("students")}</th>
            </tr>
          </thead>
          <tbody>
            {distribution.map((d) => (
              <tr key={d.score}>
                <td>{d.score}</td>
                <td>{d.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
