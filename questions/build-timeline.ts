// Builders across the article: matching (people to their roles) and timeline (events in chronological order).
import { normalizeForMatch } from "./normalize";
import { contextFor, wordCount } from "./sentences";
import type { Span } from "./spans";
import { hashInt, shuffleDifferent } from "./util";
import { type Candidate, type Ctx, ar } from "./context";
import {
  collapse,
  datePhraseDetachable,
  startsWithPronoun,
  stripEndPunct,
  stripLeadConnective,
  truncateWords,
} from "./text";
import { mkCand } from "./candidate";

export function buildMatching(c: Ctx, out: Candidate[]): void {
  const pairs: Array<{ name: string; role: string; sent: number }> = [];
  const seenRole = new Set<string>();
  const seenName = new Set<string>();
  for (const sp of c.ex.spans) {
    if (sp.kind !== "person" || !sp.role) continue;
    const rn = normalizeForMatch(sp.role);
    if (seenName.has(sp.norm) || seenRole.has(rn)) continue;
    if ([...seenName].some((x) => x.includes(sp.norm) || sp.norm.includes(x))) continue;
    if ([...seenRole].some((r) => r.includes(rn) || rn.includes(r))) continue;
    seenName.add(sp.norm);
    seenRole.add(rn);
    pairs.push({ name: c.text.slice(sp.start, sp.end), role: sp.role, sent: sp.sent });
  }
  if (pairs.length < 3) return;
  const chosen = pairs.slice(0, 4);
  const left = chosen.map((p) => p.name);
  const answer = chosen.map((p) => p.role);
  const choices = shuffleDifferent(answer, c.seed ^ hashInt("match"));
  const a = c.sentences[Math.min(...chosen.map((p) => p.sent))]!;
  const b = c.sentences[Math.max(...chosen.map((p) => p.sent))]!;
  const prompt = ar(c)
    ? "صِل كل شخص بالصفة التي وصفه بها المقال."
    : "Match each person with the role the article gives them.";
  out.push(mkCand(c, "matching", prompt, answer, choices, { start: a.start, end: b.end }, a.idx, 0.9, 0.6, { left }));
}

export function buildTimeline(c: Ctx, out: Candidate[]): void {
  const yearOf = new Map<Span, number>();
  const events: Array<{ value: number; desc: string; sent: number; start: number; end: number; year: number }> = [];
  const years = new Set<number>();
  const dates = c.ex.spans.filter((x) => x.kind === "date");
  const values = new Set<number>();
  // a day and month without a year ("July 27", «السادس من حزيران») takes the year of the nearest earlier dated
  // mention in the same or the two previous sentences; without one it cannot be placed in a timeline
  const dated = dates.filter((d) => Math.floor((d.value ?? 0) / 10000) > 0).sort((a, b) => a.start - b.start);
  let di = -1;
  for (const sp0 of [...dates].sort((a, b) => a.start - b.start)) {
    while (di + 1 < dated.length && dated[di + 1]!.start < sp0.start) di++;
    if (Math.floor((sp0.value ?? 0) / 10000) > 0) continue;
    const near = di >= 0 ? dated[di]! : null;
    if (near && near.sent >= sp0.sent - 2) yearOf.set(sp0, Math.floor((near.value ?? 0) / 10000));
  }
  for (const sp of dates) {
    if (c.badStart.has(sp.sent)) continue;
    let v = sp.value ?? 0;
    if (Math.floor(v / 10000) === 0) {
      const yy = yearOf.get(sp);
      if (yy === undefined) continue;
      v += yy * 10000;
    }
    const y = Math.floor(v / 10000);
    if (values.has(v) || (sp.fmt === "y" && years.has(y)) || values.has(y * 10000)) continue;
    const s = c.sentences[sp.sent]!;
    // "from 37% in 1990": a date attached to a figure is not an event
    const ps0 = sp.phraseStart ?? sp.start;
    if (
      (c.bySent.get(sp.sent) ?? []).some(
        (x) => (x.kind === "number" || x.kind === "percent") && x.end <= ps0 && ps0 - x.end <= 2,
      )
    )
      continue;
    const cl = ar(c)
      ? contextFor(s, c.lang, sp.start, sp.end, 22, 10)
      : contextFor(s, c.lang, sp.start, sp.end, 20, 12);
    if (cl.start !== s.start) continue; // a clause from the middle of a sentence is a fragment, not an event
    if (!datePhraseDetachable(c, sp, cl.start)) continue;
    const ps = Math.max(cl.start, sp.phraseStart ?? sp.start);
    let desc = collapse(c.text.slice(cl.start, ps) + " " + c.text.slice(sp.end, cl.end));
    if (!ar(c)) {
      // "The bridge, which was first proposed in 1998, finally opened …": the date belongs to the relative clause only
      const rel = /^(.{3,80}?), (?:which|who) ((?:was|were|had been|had) [^,]{3,120}?)\s*(?:,|$)/u.exec(desc);
      if (rel) desc = `${rel[1]} ${rel[2]}`;
      // "The element curium, discovered in 1944, was named …" → "The element curium was discovered"
      const part = /^(.{3,80}?), ([a-z]+ed|born|built|founded|made|written|given)((?: [a-z]+){0,4}),/u.exec(desc);
      if (!rel && part) desc = `${part[1]} was ${part[2]}${part[3]}`;
    }
    desc = stripLeadConnective(c, stripEndPunct(desc).replace(/^[،,]\s*/u, ""));
    if (startsWithPronoun(c, desc)) continue;
    // no other date may remain in the description
    if (dates.some((d) => d !== sp && d.start >= cl.start && d.end <= cl.end)) continue;
    if (/[0-9\u0660-\u0669]{4}/u.test(desc)) continue;
    const wc = wordCount(desc);
    if (wc < 3) continue;
    if (wc > 20) desc = truncateWords(desc, 18);
    if (events.some((e) => normalizeForMatch(e.desc) === normalizeForMatch(desc))) continue;
    years.add(y);
    values.add(v);
    events.push({ value: v, desc, sent: s.idx, start: cl.start, end: cl.end, year: y });
  }
  if (events.length < 3) return;
  // up to 4 events spread over the article
  let pick = events;
  if (events.length > 4) {
    const step = (events.length - 1) / 3;
    pick = [0, 1, 2, 3].map((k) => events[Math.round(k * step)]!);
  }
  const ordered = [...pick].sort((x, y) => x.value - y.value);
  const answer = ordered.map((e) => e.desc);
  const choices = shuffleDifferent(answer, c.seed ^ hashInt("timeline"));
  const start = Math.min(...pick.map((e) => e.start));
  const end = Math.max(...pick.map((e) => e.end));
  const prompt = ar(c)
    ? "رتّب الأحداث التالية ترتيبًا زمنيًا من الأقدم إلى الأحدث."
    : "Put these events in chronological order, from earliest to latest.";
  out.push(mkCand(c, "timeline", prompt, answer, choices, { start, end }, pick[0]!.sent, 0.95, 0.65));
}
