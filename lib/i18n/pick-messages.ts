// Layer: shared with the browser (pure: no server or browser APIs). Narrows a message catalogue to the namespaces a client subtree uses, so a
// page's HTML carries only those strings instead of the whole catalogue (issue 9). A namespace is a top-level key
// ("quiz") or a dotted path into one ("quizzes.settings"); overlapping paths merge.
export type Messages = Record<string, unknown>;

export function pickMessages(messages: Messages, namespaces: readonly string[]): Messages {
  const out: Messages = {};
  for (const ns of namespaces) {
    const keys = ns.split(".");
    let from: unknown = messages;
    for (const k of keys) from = isObject(from) ? from[k] : undefined;
    if (from === undefined) throw new Error(`pickMessages: no namespace "${ns}" in the catalogue`);
    let into = out;
    keys.slice(0, -1).forEach((k) => {
      if (!isObject(into[k])) into[k] = {};
      into = into[k] as Messages;
    });
    const last = keys[keys.length - 1] as string;
    into[last] = isObject(from) && isObject(into[last]) ? merge(into[last] as Messages, from) : from;
  }
  return out;
}

function isObject(v: unknown): v is Messages {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function merge(a: Messages, b: Messages): Messages {
  const out: Messages = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = isObject(out[k]) && isObject(v) ? merge(out[k] as Messages, v) : v;
  return out;
}
