// Builders on people and places: who-questions, where-questions and "how does the article describe X?".
import { normalizeForMatch } from "./normalize";
import { contextFor, wordCount } from "./sentences";
import type { Span } from "./spans";
import { AR_BAD_STARTS } from "./lexicon";
import { hashInt, shuffle } from "./util";
import { type Candidate, type Ctx, ar } from "./context";
import { collapse, normContains, othersIn, startsWithPronoun, stripEndPunct, stripLeadConnective } from "./text";
import { distractors } from "./distractors";
import { choiceSet, mkCand, sentenceScore, spanOk } from "./candidate";
import { englishWhenQuestion } from "./wh-english";

/** Who-questions from a person at the start of a clause ("X told …" → "Who told …?"). */
export function buildWho(c: Ctx, sp: Span, out: Candidate[]): void {
  const s = c.sentences[sp.sent]!;
  const info = c.infos[s.idx]!;
  const name = c.displayName.get(sp.norm) ?? sp.text;
  let prompt: string | null = null;
  let evEnd = s.end;
  if (ar(c)) {
    const role = sp.role;
    if (!role) return;
    const roleStart = c.text.lastIndexOf(role, sp.start);
    if (roleStart < 0) return;
    const before = normalizeForMatch(c.text.slice(s.start, roleStart));
    let rest = c.text.slice(sp.end, s.end);
    // cut the rest at a colon / clause break / the start of a long quotation
    let cut = rest.search(/[:،؛]/u);
    for (const qp of info.quotes) {
      if (qp.os >= sp.end && wordCount(c.text.slice(qp.cs, qp.ce)) >= 4) {
        const off = qp.os - sp.end;
        if (cut < 0 || off < cut) cut = off;
        break;
      }
    }
    if (cut >= 0) {
      rest = rest.slice(0, cut);
      evEnd = sp.end + cut;
    }
    rest = stripEndPunct(collapse(rest)).replace(
      /\s+(?:قائلا|قائلة|مضيفا|مضيفة|موضحا|موضحة|مشيرا|مشيرة)[\u064B-\u065F]*$/u,
      "",
    );
    rest = stripEndPunct(rest);
    if (wordCount(rest) < 2 || wordCount(rest) > 16) return;
    // a cut inside reported speech ("قال إن زيارة …") leaves an incomplete question
    if (cut >= 0 && /(?:^|\s)(?:إن|أن|ان|بأن|بان|لأن)(?:\s|$)/u.test(rest)) return;
    const fem = /ة$/u.test(role.split(/\s+/u)[0]!);
    if (before === "" || before === "و") {
      // subject first: "الخبير الأمني X صرّح لصحيفة …" → "من هو الخبير الأمني الذي صرّح لصحيفة …؟"
      prompt = `${fem ? "من هي" : "من هو"} ${role} ${fem ? "التي" : "الذي"} ${rest}؟`;
    } else if (info.toks[0] && info.toks[0].e <= roleStart && wordCount(c.text.slice(s.start, roleStart)) === 1) {
      // verb first: "وقال الرئيس X إن …" → "من قال إن …؟" (role kept for context)
      const verb = c.text
        .slice(s.start, roleStart)
        .trim()
        .replace(/^[وف](?=[\p{L}]{3,})/u, "");
      prompt = `مَن ${role} ${fem ? "التي" : "الذي"} ${verb} ${rest}؟`;
    }
  } else {
    // "Omar Haddad, a security expert, told The Daily Post …" → "Who told The Daily Post …?"
    if (!/\s/u.test(sp.text.trim())) return; // a bare surname may be a thing named after a person
    const pre = c.text.slice(s.start, sp.start).trim();
    const preWords = pre ? pre.split(/\s+/u) : [];
    if (preWords.length > 3) return;
    if (preWords.length > 0 && !preWords.every((w) => /^[A-Z]?[a-z-]+$/u.test(w) || /^[A-Z][a-z]+$/u.test(w))) return;
    let rest = c.text.slice(sp.end, s.end);
    const app = /^,\s+(?:a|an|the)\s+[^,;.]{3,80}?,\s*/u.exec(rest);
    if (app) rest = rest.slice(app[0].length);
    else rest = rest.replace(/^\s+/u, "");
    if (
      !/^(?:[a-z]+ed|said|told|says|was|is|became|won|wrote|led|made|took|gave|met|went|saw|built|founded|became|began|ran|has|had)\b/u.test(
        rest,
      )
    )
      return;
    rest = stripEndPunct(collapse(rest));
    if (wordCount(rest) < 3 || wordCount(rest) > 30) return;
    const rolePart = preWords.length > 0 && sp.role ? "" : "";
    prompt = `Who ${rolePart}${rest}?`;
  }
  if (!prompt) return;
  if (normContains(prompt, name) || normContains(prompt, sp.text)) return;
  // the last name alone must not be in the prompt either
  const last = sp.norm.split(" ").pop() ?? "";
  if (last.length >= 3 && normContains(prompt, last)) return;
  const { items, fromArticle } = distractors(c, sp, 3, othersIn(c, sp, { start: s.start, end: s.end, text: s.text }));
  const ans = c.text.slice(sp.start, sp.end);
  const ch = choiceSet(c, ans, items, "who" + sp.start);
  if (!ch || fromArticle < 2) return;
  out.push(mkCand(c, "mcq", prompt, ans, ch, { start: s.start, end: evEnd }, s.idx, 1.0 + sentenceScore(c, s), 0.45));
}

/** "أين/إلى أين/من أين …؟" and "Where did …?" for a place introduced by a preposition. */
export function buildWhere(c: Ctx, sp: Span, out: Candidate[]): void {
  const s = c.sentences[sp.sent]!;
  const cl = contextFor(s, c.lang, sp.start, sp.end, 26, 8);
  if (!spanOk(c, sp, cl)) return;
  let prompt: string | null = null;
  let phraseStart = sp.start;
  if (ar(c)) {
    // preposition as a separate word ("في بغداد") or attached ("بباريس", "لبغداد")
    const before = c.text.slice(Math.max(cl.start, sp.start - 8), sp.start);
    const m = /(?:^|\s)(في|إلى|الى|من|نحو)\s+$/u.exec(before);
    let q: string | null = null;
    if (m) {
      q = m[1] === "في" ? "أين" : m[1] === "من" ? "من أين" : "إلى أين";
      phraseStart = sp.start - (before.length - before.lastIndexOf(m[1]!));
    } else return;
    // only "VERB (SUBJECT) في X …" at the start of the clause: the place then belongs to the main verb
    const lead = c.infos[s.idx]!.toks.filter((t) => t.s >= cl.start && t.e <= phraseStart);
    if (lead.length < 1 || lead.length > 2) return;
    const l0 = lead[0]!.n.replace(/^[وف](?=\S{3,})/u, "");
    if (l0.startsWith("ال") || AR_BAD_STARTS.has(l0) || /^(?:في|من|الي|منذ|عام|بعد|قبل|لسنوات)$/u.test(l0)) return;
    let rest = collapse(c.text.slice(cl.start, phraseStart) + " " + c.text.slice(sp.end, cl.end));
    rest = stripLeadConnective(c, stripEndPunct(rest).replace(/^[،,]\s*/u, ""));
    if (wordCount(rest) < 3 || startsWithPronoun(c, rest)) return;
    prompt = `${q} ${rest}؟`;
  } else {
    const before = c.text.slice(Math.max(cl.start, sp.start - 8), sp.start);
    const m = /(?:^|\s)(in|at|near)\s+(?:the\s+)?$/u.exec(before);
    if (!m) return;
    phraseStart = sp.start - (before.length - before.lastIndexOf(m[1]!));
    let rest = collapse(c.text.slice(cl.start, phraseStart) + " " + c.text.slice(sp.end, cl.end));
    rest = stripEndPunct(rest).replace(/^[,;]\s*/u, "");
    const semi = rest.indexOf(";");
    if (semi > 0) rest = rest.slice(0, semi);
    if (wordCount(rest) < 3 || /^(?:it|he|she|they|this)\b/iu.test(rest)) return;
    // the rest must open with its subject, and carry no date (that would be a different question)
    if (
      /^(?:In|On|At|By|After|Before|During|Since|The same|That|Later|Then)\b/u.test(
        rest[0]!.toUpperCase() + rest.slice(1),
      )
    )
      return;
    if ((c.bySent.get(s.idx) ?? []).some((x) => x.kind === "date" && x.start >= cl.start && x.end <= cl.end)) return;
    prompt = englishWhenQuestion(rest[0]!.toUpperCase() + rest.slice(1), "Where", c.text);
  }
  if (!prompt || normContains(prompt, sp.text)) return;
  // another place in the question would make "where" ambiguous
  if ((c.bySent.get(s.idx) ?? []).some((x) => x !== sp && x.kind === "place" && x.start >= cl.start && x.end <= cl.end))
    return;
  const { items, fromArticle } = distractors(c, sp, 3, othersIn(c, sp, cl));
  if (fromArticle < 2) return;
  const ch = choiceSet(c, sp.text, items, "where" + sp.start);
  if (!ch) return;
  out.push(
    mkCand(c, "mcq", prompt, sp.text, ch, { start: cl.start, end: cl.end }, s.idx, 0.85 + sentenceScore(c, s), 0.45),
  );
}

/** "ما صفة X في المقال؟" → role, distractors other people's roles. */
export function buildRole(c: Ctx, sp: Span, out: Candidate[]): void {
  if (!sp.role) return;
  const roles = [...new Set([...c.ex.roles.values()])];
  const mine = normalizeForMatch(sp.role);
  const others = roles.filter((r) => {
    const n = normalizeForMatch(r);
    return n !== mine && !n.includes(mine) && !mine.includes(n);
  });
  if (others.length < 2) return;
  const s = c.sentences[sp.sent]!;
  const name = c.text.slice(sp.start, sp.end);
  const prompt = ar(c) ? `ما الصفة التي قدّم بها المقال ${name}؟` : `How does the article describe ${name}?`;
  if (normContains(prompt, sp.role)) return;
  const ds = shuffle(others, c.seed ^ hashInt("role" + sp.norm)).slice(0, 3);
  const ch = choiceSet(c, sp.role, ds, "role" + sp.start);
  if (!ch) return;
  out.push(
    mkCand(c, "mcq", prompt, sp.role, ch, { start: s.start, end: s.end }, s.idx, 0.6 + sentenceScore(c, s), 0.4),
  );
}
