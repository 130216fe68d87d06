// Prisma CLI only (prisma.config.ts): work around prisma/orm#27403. Through a driver adapter, the 6.19 schema engine
// reads PostgreSQL catalog columns of type `name`/`char` (and their arrays), which it cannot deserialize
// ("Column type 'name' could not be deserialized"), so `migrate deploy` fails. They are plain strings, so relabel
// those result columns as `text` / `text[]` before Prisma sees them. The app's runtime client never loads this.
import pg from "pg";

const RELABEL: Record<number, number> = {
  18: 25, // char → text
  19: 25, // name → text
  1002: 1009, // char[] → text[]
  1003: 1009, // name[] → text[]
};

type Field = { dataTypeID: number };
type Result = { fields?: Field[] };

function relabel<T>(result: T): T {
  for (const r of (Array.isArray(result) ? result : [result]) as Result[]) {
    for (const f of r?.fields ?? []) {
      const to = RELABEL[f.dataTypeID];
      if (to !== undefined) f.dataTypeID = to;
    }
  }
  return result;
}

const PATCHED = Symbol.for("fahm.pgOidRelabel");

/** Idempotent. Wraps pg.Client#query (pg.Pool#query goes through it), for both the promise and callback forms. */
export function applyPgOidRelabelPatch(): void {
  const proto = pg.Client.prototype as unknown as Record<string | symbol, unknown>;
  if (proto[PATCHED]) return;
  const original = proto.query as (...args: unknown[]) => unknown;
  proto.query = function patchedQuery(this: unknown, ...args: unknown[]) {
    const last = args.length - 1;
    const cb = args[last];
    if (typeof cb === "function") {
      args[last] = (err: unknown, res: unknown) =>
        (cb as (e: unknown, r: unknown) => unknown)(err, err ? res : relabel(res));
      return original.apply(this, args);
    }
    const out = original.apply(this, args);
    return out && typeof (out as Promise<unknown>).then === "function" && !(out as { submit?: unknown }).submit
      ? (out as Promise<unknown>).then(relabel)
      : out;
  };
  proto[PATCHED] = true;
}
