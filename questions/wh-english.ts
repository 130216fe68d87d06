// English wh-rewriting: a clause with its date or place removed becomes "In what year did X do Y?" / "Where was …?"
// (irregular and regular past tenses, passives, relative clauses); null when the clause does not fit.
import nlp from "compromise";
import { stripEndPunct } from "./text";

const EN_IRREGULAR: Record<string, string> = Object.fromEntries(
  "began:begin became:become won:win took:take made:make went:go came:come fell:fall rose:rise led:lead built:build wrote:write held:hold saw:see gave:give left:leave met:meet ran:run sold:sell told:tell found:find brought:bring bought:buy fought:fight taught:teach thought:think lost:lose paid:pay said:say sent:send spent:spend stood:stand struck:strike chose:choose drove:drive flew:fly grew:grow knew:know threw:throw broke:break spoke:speak froze:freeze wore:wear hid:hide forgot:forget got:get shot:shoot sat:sit sank:sink sang:sing drew:draw fled:flee fed:feed felt:feel kept:keep meant:mean dealt:deal won:win overtook:overtake undertook:undertake withdrew:withdraw swept:sweep"
    .split(" ")
    .map((p) => p.split(":") as [string, string]),
);

/** English "In what year did X do Y?" (regular/irregular past or passive); null when the clause doesn't fit. */
/**
 * A second past-tense verb after the one we would turn into "did … <verb>" means we may have picked a participle
 * ("a student named X discovered …"): too risky to rewrite, so the caller falls back to a fill-in.
 */
function hasAnotherPastVerb(tail: string): boolean {
  const words = (tail.split(/[,;:]/u)[0] ?? "").trim().split(/\s+/u);
  return words.some(
    (w) =>
      EN_IRREGULAR[w] !== undefined ||
      (/^[a-z]{3,}ed$/u.test(w) && !/^(?:need|speed|seed|feed|breed|indeed|bleed|weed|steed|greed)$/u.test(w)),
  );
}

export function englishWhenQuestion(rest0: string, word: string, fullText: string): string | null {
  // "X, which was first proposed, finally opened …" → "… was X first proposed?"
  const rel = /^(.{3,80}?), (?:which|who|that) (was|were) ([^,]{3,120})(?:,|$)/u.exec(rest0);
  if (rel) return `${word} ${rel[2]} ${lowerFirst(rel[1]!, fullText)} ${stripEndPunct(rel[3]!)}?`;
  const rest = rest0;
  if (
    /^(?:In|On|At|By|After|Before|During|Since|From|For|With|Until|Under|Over|Later|Then|When|While|As)\b/u.test(rest)
  )
    return null;
  const irr = /^((?:The|A|An|[A-Z][\w'’.-]*)(?:\s+[\w'’.-]+){0,5}?)\s+([a-z]+)\b(.*)$/u.exec(rest);
  if (irr && EN_IRREGULAR[irr[2]!] && !/\b(?:was|were|is|are|has|had|have)\b/u.test(irr[1]!)) {
    if (hasAnotherPastVerb(irr[3]!)) return null;
    return `${word} did ${lowerFirst(irr[1]!, fullText)} ${EN_IRREGULAR[irr[2]!]}${irr[3]}?`;
  }
  return englishWhenRegular(rest, word, fullText);
}

function lowerFirst(np: string, fullText: string): string {
  const first = np.split(/\s+/u)[0]!;
  if (/^(The|A|An)$/u.test(first)) return first.toLowerCase() + np.slice(first.length);
  const low = first.toLowerCase();
  if (
    low !== first &&
    first.length > 1 &&
    !/^[A-Z]{2,}/u.test(first) &&
    new RegExp(`\\s${low}\\b`, "u").test(fullText.slice(0, 200000))
  )
    return low + np.slice(first.length);
  return np;
}

/** Infinitives already looked up (compromise costs about a sentence's tagging per lookup); bounded, emptied when full. */
const infinitives = new Map<string, string | null>();
const MAX_INFINITIVES = 5000;

/** Past-tense verb → infinitive via compromise (in a tiny carrier sentence), null when it can't tell. Memoised. */
function toInfinitive(v: string): string | null {
  const known = infinitives.get(v);
  if (known !== undefined) return known;
  const inf = lookUpInfinitive(v);
  if (infinitives.size >= MAX_INFINITIVES) infinitives.clear();
  infinitives.set(v, inf);
  return inf;
}

function lookUpInfinitive(v: string): string | null {
  try {
    const d = nlp(`they ${v} it`);
    d.verbs().toInfinitive();
    const w = d.text().split(/\s+/u)[1] ?? "";
    if (!w || w === v || !/^[a-z]+$/u.test(w)) return null;
    return w;
  } catch {
    return null;
  }
}

function englishWhenRegular(rest: string, word: string, fullText: string): string | null {
  // rest: clause with the date phrase removed, e.g. "The city launched the new programme"
  const m =
    /^((?:The|A|An|[A-Z][\w'’.-]*)(?:\s+[\w'’.-]+){0,5}?)\s+(was|were)\s+((?:first\s+|later\s+|officially\s+|formally\s+)?(?:\w+ed|\w+en|born|built|made|held|founded|signed|won|sold|shot|hit|set|put|cut|led|met|begun))\b(.*)$/u.exec(
      rest,
    );
  if (m) return `${word} ${m[2]} ${lowerFirst(m[1]!, fullText)} ${m[3]}${m[4]}?`;
  const m2 = /^((?:The|A|An|[A-Z][\w'’.-]*)(?:\s+[\w'’.-]+){0,5}?)\s+([a-z]+ed)\b(.*)$/u.exec(rest);
  if (m2 && /\b(?:was|were|is|are|has|had|have)\b/u.test(m2[1]!)) return null;
  if (m2 && /^\s+by\b/u.test(m2[3]!)) return null; // "a proposal introduced by …" is a participle, not the verb
  if (m2) {
    if (hasAnotherPastVerb(m2[3]!)) return null;
    const v = m2[2]!;
    const inf = toInfinitive(v);
    if (!inf) return null;
    return `${word} did ${lowerFirst(m2[1]!, fullText)} ${inf}${m2[3]}?`;
  }
  return null;
}
