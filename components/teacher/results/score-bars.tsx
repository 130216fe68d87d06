"use client";
// The score chart's bars (recharts), loaded on demand by score-chart.tsx. Drawn left-to-right; the caller mirrors the
// axes for right-to-left pages (SVG text anchors misbehave under dir="rtl").
import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export function ScoreBars({
  distribution,
  isRtl,
}: {
  distribution: { score: number; count: number }[];
  isRtl: boolean;
}) {
  const t = useTranslations("results.chart");
  return (
    <ResponsiveContainer width="100%" height={220}>
      <BarChart data={distribution} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="score" reversed={isRtl} label={{ value: t("score"), position: "insideBottom", offset: -4 }} />
        <YAxis allowDecimals={false} orientation={isRtl ? "right" : "left"} width={32} />
        <Tooltip formatter={(v) => [v, t("students")]} labelFormatter={(l) => `${t("score")}: ${l}`} />
        <Bar dataKey="count" name={t("students")} fill="var(--accent, #0f5c4d)" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
