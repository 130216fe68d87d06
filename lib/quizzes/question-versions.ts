// Question versions: editing an answered question archives it and creates a new row pointing back (previousId).
// Results group every version under its root (the first version); builders show the latest version.
import "server-only";
import { db } from "@/lib/db";

/** Maps each id to the root of its version chain (itself when it has no previous version). */
export async function rootIdsOf(ids: readonly string[]): Promise<Map<string, string>> {
  const parent = new Map<string, string | null>();
  let todo = [...new Set(ids)];
  // One query per generation of edits: chains are short (a few edits per question).
  for (let depth = 0; todo.length > 0 && depth < 100; depth++) {
    const rows = await db.question.findMany({ where: { id: { in: todo } }, select: { id: true, previousId: true } });
    for (const r of rows) parent.set(r.id, r.previousId);
    for (const id of todo) if (!parent.has(id)) parent.set(id, null);
    todo = [...new Set(rows.map((r) => r.previousId).filter((p): p is string => p != null && !parent.has(p)))];
  }
  const out = new Map<string, string>();
  for (const id of ids) {
    let cur = id;
    const seen = new Set<string>();
    for (let p = parent.get(cur); p && !seen.has(p); p = parent.get(cur)) {
      seen.add(cur);
      cur = p;
    }
    out.set(id, cur);
  }
  return out;
}

/** Maps each id to the newest version that descends from it (itself when it was never edited). */
export async function latestIdsOf(ids: readonly string[]): Promise<Map<string, string>> {
  const next = new Map<string, string>();
  let todo = [...new Set(ids)];
  const seen = new Set(todo);
  for (let depth = 0; todo.length > 0 && depth < 100; depth++) {
    const rows = await db.question.findMany({
      where: { previousId: { in: todo } },
      orderBy: [{ version: "asc" }, { createdAt: "asc" }],
      select: { id: true, previousId: true },
    });
    for (const r of rows) if (r.previousId) next.set(r.previousId, r.id); // the newest child wins
    todo = rows.map((r) => r.id).filter((id) => !seen.has(id));
    for (const id of todo) seen.add(id);
  }
  const out = new Map<string, string>();
  for (const id of ids) {
    let cur = id;
    const visited = new Set<string>([cur]);
    for (let n = next.get(cur); n && !visited.has(n); n = next.get(cur)) {
      visited.add(n);
      cur = n;
    }
    out.set(id, cur);
  }
  return out;
}
