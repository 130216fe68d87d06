"use client";
// Bars of how many students got each score. The chart is decorative for screen readers: the same numbers are in a
// text summary and a table right beside it.
import { useFormatter, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export function ScoreChart({ distribution, max, isRtl }: { distribution: { score: number; count: number }[]; max: number; isRtl: boolean }) {
  const t = useTranslations("results.chart");
  const format = useFormatter();
  const list = distribution.filter((d) => d.count > 0).map((d) => t("item", { score: d.score, count: d.count }));
  return (
    <div className="stack">
      <p>{t("summary", { max, list: format.list(list, { type: "conjunction" }) })}</p>
      {/* SVG text anchors misbehave under dir="rtl": draw left-to-right and mirror the axes instead. */}
      {/* inert: decorative, so nothing inside (recharts makes its surface focusable) can take focus (axe aria-hidden-focus). */}
      <div className="score-chart" aria-hidden="true" inert dir="ltr">
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={distribution} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="score" reversed={isRtl} label={{ value: t("score"), position: "insideBottom", offset: -4 }} />
            <YAxis allowDecimals={false} orientation={isRtl ? "right" : "left"} width={32} />
            <Tooltip formatter={(v) => [v, t("students")]} labelFormatter={(l) => `${t("score")}: ${l}`} />
            <Bar dataKey="count" name={t("students")} fill="var(--accent, #0f5c4d)" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
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
