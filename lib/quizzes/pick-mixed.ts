// Layer: shared with the browser (client components import it): nothing server-only in here.
// "Pick N, mixed types": choose N questions spread across question types and across the article. Pure and
// deterministic (no database), so the builder can preview it in the browser and tests can pin it down.

export interface PickableQuestion {
  id: string;
  type: string;
  /** Order in the article (the generator follows the text), used to spread picks from start to end. */
  position: number;
}

/**
 * Returns up to `n` ids in article order. Types take turns (round robin, rarest-first tie-break is not needed:
 * a type with few questions simply runs out), and within a type the picks are evenly spaced along the article.
 */
export function pickMixed(questions: readonly PickableQuestion[], n: number): string[] {
  const want = Math.max(0, Math.min(Math.floor(n), questions.length));
  if (want === 0) return [];
  const byType = new Map<string, PickableQuestion[]>();
  for (const q of [...questions].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id))) {
    const list = byType.get(q.type) ?? [];
    list.push(q);
    byType.set(q.type, list);
  }
  // Types in order of their first appearance in the article, so the result does not depend on input order.
  const groups = [...byType.values()];
  const quota = groups.map(() => 0);
  let left = want;
  while (left > 0) {
    for (let g = 0; g < groups.length && left > 0; g++) {
      if (quota[g]! < groups[g]!.length) {
        quota[g]!++;
        left--;
      }
    }
  }
  const picked: PickableQuestion[] = [];
  groups.forEach((list, g) => {
    const k = quota[g]!;
    // Centre of each of k equal slices of the type's questions: spread from the start of the article to the end.
    for (let i = 0; i < k; i++) picked.push(list[Math.floor(((i + 0.5) * list.length) / k)]!);
  });
  return picked.sort((a, b) => a.position - b.position || a.id.localeCompare(b.id)).map((q) => q.id);
}
