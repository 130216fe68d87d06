// A faster drop-in for compromise's `methods.one.bulkMatch` (the "sweep" behind its post-tagger), same results.
//
// compromise 14.17.0 (src/1-one/sweep/methods/sweep/*.js) finds, for every comma-separated chunk of every sentence,
// the match rules worth trying by testing EVERY key of its rule index (~730 words and tags) against the chunk's small
// set of words and tags, and concatenates the rule lists one `concat` at a time. On a whole article that was about a
// fifth of compromise's time. This version walks the chunk's own words and tags instead (a few dozen), puts the keys
// found back in the index's key order, and then does exactly what compromise does: the same rules in the same order,
// the same duplicate removal, the same need/want/word-count filters and the same matching, so every tag and every
// match is the same. It is only used for the compromise version it was written against (otherwise the original runs).

/* eslint-disable @typescript-eslint/no-explicit-any -- compromise's internals are untyped */

/** The compromise release this file reproduces. */
export const SWEEP_FOR_VERSION = "14.17.0";

type Rule = any;
type Hooks = Record<string, Rule[]>;
interface Net {
  hooks: Hooks;
  always: Rule[];
}
interface Methods {
  one: { cacheDoc: (document: any[][]) => Array<Set<string>>; match: (docs: any[][], m: Rule) => { ptrs: number[][] } };
}

/**
 * The index, prepared once per rule net: each key's position in `Object.keys(hooks)` order (the order compromise
 * visits them in), and for each key's rules a number per distinct match string (what compromise deduplicates by).
 */
interface Prepared {
  count: number;
  keys: string[];
  rank: Map<string, number>;
  ids: Int32Array[];
  proto: number; // the id of "__proto__", which compromise's plain-object test never marks as seen
  stamp: Int32Array;
  round: number;
}
const prepared = new WeakMap<Hooks, Prepared>();
function prepare(hooks: Hooks): Prepared {
  const keys = Object.keys(hooks);
  const got = prepared.get(hooks);
  if (got && got.count === keys.length) return got;
  const rank = new Map<string, number>();
  const idOf = new Map<string, number>();
  const ids = keys.map((k, i) => {
    rank.set(k, i);
    return Int32Array.from(hooks[k]!, (obj: Rule) => {
      const key = String(obj.match); // a property key, as compromise's object uses it
      let id = idOf.get(key);
      if (id === undefined) idOf.set(key, (id = idOf.size));
      return id;
    });
  });
  const p = {
    count: keys.length,
    keys,
    rank,
    ids,
    proto: idOf.get("__proto__") ?? -1,
    stamp: new Int32Array(idOf.size),
    round: 0,
  };
  prepared.set(hooks, p);
  return p;
}

/**
 * compromise's getHooks then localTrim, in one pass per chunk: the rules of every index key the chunk has, in key
 * order; only the first rule of each match string is kept (compromise's duplicate removal, done before its filters),
 * and kept only if the chunk has all its needs, none of its ifNo and enough of its wants (localTrim's three tests).
 */
function hooksFor(docCache: Array<Set<string>>, hooks: Hooks): Rule[][] {
  const p = prepare(hooks);
  return docCache.map((haves) => {
    const at: number[] = [];
    for (const item of haves) {
      const r = p.rank.get(item);
      if (r !== undefined) at.push(r);
    }
    at.sort((x, y) => x - y);
    const round = ++p.round;
    if (round === 0x7fffffff) {
      p.stamp.fill(0);
      p.round = 1;
    }
    const out: Rule[] = [];
    for (const r of at) {
      const list = hooks[p.keys[r]!]!;
      const ids = p.ids[r]!;
      for (let j = 0; j < list.length; j++) {
        const id = ids[j]!;
        if (p.stamp[id] === p.round) continue;
        if (id !== p.proto) p.stamp[id] = p.round;
        if (keep(list[j], haves)) out.push(list[j]);
      }
    }
    return out;
  });
}

/** localTrim's three filters (pure tests of the rule against the chunk's words and tags). */
function keep(obj: Rule, haves: Set<string>): boolean {
  if (!obj.needs.every((need: string) => haves.has(need))) return false;
  if (obj.ifNo !== undefined && obj.ifNo.some((no: string) => haves.has(no)) === true) return false;
  if (obj.wants.length === 0) return true;
  const found = obj.wants.filter((str: string) => haves.has(str)).length;
  return found >= obj.minWant;
}

/** compromise's runMatch, unchanged. */
function runMatch(maybeList: Rule[][], document: any[][], methods: Methods, opts: { matchOne?: boolean }): Rule[] {
  const results: Rule[] = [];
  for (let n = 0; n < maybeList.length; n += 1) {
    for (let i = 0; i < maybeList[n]!.length; i += 1) {
      const m = maybeList[n]![i]!;
      const res = methods.one.match([document[n]!], m);
      if (res.ptrs.length > 0) {
        res.ptrs.forEach((ptr) => {
          ptr[0] = n; // fix the sentence pointer
          const todo = Object.assign({}, m, { pointer: ptr });
          if (m.unTag !== undefined) todo.unTag = m.unTag;
          results.push(todo);
        });
        if (opts.matchOne === true) return [results[0]];
      }
    }
  }
  return results;
}

/** compromise's bulkMatch (sweep) with the faster getHooks. */
export function bulkMatch(document: any[][], net: Net, methods: Methods, opts: { matchOne?: boolean } = {}): Rule[] {
  const docCache = methods.one.cacheDoc(document);
  let maybeList = hooksFor(docCache, net.hooks);
  if (net.always.length > 0) maybeList = maybeList.map((arr) => arr.concat(net.always));
  maybeList = maybeList.map((arr, i) => arr.filter((o) => document[i]!.length >= o.minWords));
  return runMatch(maybeList, document, methods, opts);
}
