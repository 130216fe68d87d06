// Shared by every stage of the generator: the candidate question, the per-article context (Ctx) the stages read
// and fill in, the default mix, and the patterns more than one stage tests. Depends on no other stage.
import type { Language, QuestionType } from "./types";
import { QUESTION_TYPES } from "./types";
import type { Sentence } from "./sentences";
import type { Extraction, SentenceInfo, Span } from "./spans";
import type { Features } from "./rank";

export const BLANK = "____";
/**
 * The default mix. True/false is asked only when a teacher asks for it: its true statements copy a sentence of the
 * article word for word (recognition, not understanding), so a default quiz never contains them. Timelines and
 * matching are asked on request too: reviewers found their items mis-cut (headings, fragments, words taken for people).
 */
export const DEFAULT_TYPES: QuestionType[] = QUESTION_TYPES.filter(
  (t) => t !== "true_false" && t !== "timeline" && t !== "matching",
);
export const MAX_SENTENCES = 400;

export interface Candidate {
  type: QuestionType;
  prompt: string;
  choices: string[];
  answer: string | string[];
  left?: string[];
  evidence: { start: number; end: number };
  difficulty: number;
  score: number;
  sent: number;
  /** normalised answer key for de-duplication */
  key: string;
  /** true_false: the false statement (prompt holds the true one) */
  falsePrompt?: string;
  /** facts (spans) this question tests, for coverage-aware selection */
  covers?: string[];
  /** the same facts without their sentence: the entity / figure itself */
  coversEnt?: string[];
  promptNorm?: string;
  /** a why/how question (a stated cause or purpose) */
  why?: boolean;
  /** a why question asked as "what happened because …?" (other statements of the article as wrong options) */
  whatBecause?: boolean;
  /** "which statement matches the article?" */
  statement?: boolean;
  /** "what did A become?" (A renamed / turned into B): a change the article states outright */
  transform?: boolean;
  /** "who said …?": every wrong option speaks elsewhere in the article or carries a role there */
  strongChoices?: boolean;
  /** ranker features (rank.ts) and the predicted probability that a reviewer accepts the question */
  feat?: Features;
  pAccept?: number;
}

export interface Ctx {
  text: string;
  lang: Language;
  seed: number;
  sentences: Sentence[];
  infos: SentenceInfo[];
  ex: Extraction;
  bySent: Map<number, Span[]>;
  badStart: Set<number>;
  displayName: Map<string, string>;
  pool?: Map<string, Span[]>;
  /** sentences opening with a personal pronoun, keyed by sentence start: how to show them understandably */
  pron: Map<number, PronounLead>;
  /** speakers' canonical names (computed on first use) */
  speakerNorms?: Set<string>;
  /** normalised 1–3-word phrases found right after a place preposition or a place/body noun (Arabic) */
  afterPlacePrep?: Set<string>;
  meta: Map<Span, { script: string; shape: string; digit: boolean }>;
  /** the first non-empty line (the headline when pasted from a page), normalised */
  titleNorm: string;
  /** how often each entity (alias-resolved norm) is mentioned */
  entityFreq: Map<string, number>;
  /** the most mentioned person/org/place/quoted entity: the article's topic */
  topic: string;
  /** per sentence: how much of it the rest of the article is about (0…1) */
  centrality: Map<number, number>;
  /** sentences that read alone as statements (computed on first use, questions/build-why.ts) */
  standalone?: Array<{ idx: number; text: string }>;
  /** the latest year the article mentions (0 when none) */
  /** places of the article, normalised (gates.ts) */
  placeNorms?: Set<string>;
  maxYear: number;
  kinds?: Map<string, string>;
}

/** "It also …" shown as "It [the X Act] also …" (bracket) or after the previous sentence (prev). */
type PronounLead = { mode: "bracket"; at: number; ante: string } | { mode: "prev"; lead: string };

export const ar = (c: Ctx) => c.lang === "ar";

export function aliasOf(c: Ctx, n: string): string {
  return c.ex.aliases.get(n) ?? n;
}

/** The canonical names of everyone quoted in the article (computed once per run). */
export function speakerSet(c: Ctx): Set<string> {
  c.speakerNorms ??= new Set(c.ex.speeches.map((x) => aliasOf(c, x.speaker)));
  return c.speakerNorms;
}

/** For scripts (label export, ranker training, eval): the ranker's view of each returned question, by id. */
export interface GenerateDetail {
  features: Map<string, Features>;
  pAccept: Map<string, number>;
}

// (\b is an ASCII word boundary even with /u: after an Arabic word it never matches, so the Arabic words end at a space)
export const SUBORDINATE_START =
  /^(?:(?:although|though|while|whereas|if|unless|because|since|as|when|after|before|despite)\b|(?:ورغم|رغم|بينما|فيما|إذا|لأن|مع أن|عندما|حين|بعد|قبل)(?=[\s،,]|$))/iu;

/**
 * A quotation that continues a sentence begun outside the quote marks: it opens with a conjunction or a relative
 * ("but …", "because …", «بل …», «لأن …», «الذي …»). Asked as "who said …?" it reads as a fragment. (A quotation
 * opening in lower case is often a whole phrase, "nobody asked us properly", and is kept.)
 */
export const QUOTE_FRAGMENT_START =
  /^(?:(?:and|but|or|because|although|though|while|nor|yet|whereas)\b|(?:بل|لأن|لأنه|لأنها|لأننا|لأنهم|لأني|لأنني|لكن|لكنه|لكنها|لكننا|ولكن|إلا|حتى|كي|لكي|ثم|أو|الذي|التي|الذين|اللذين|اللتين|مما)(?=[\s،,]|$))/iu;

export const AGE_LIKE =
  /(?:,\s*\d{1,3}\s*,|\baged?\s+\d|\bat (?:the age of )?\d{1,2}\b|\d{1,3}-year-old|عمر(?:ه|ها)?\s|البالغ|البالغة|عن عمر|عاماً من العمر|سنة من العمر)/u;

export const COMPARISON =
  /\b(?:from|than|compared with|versus|up from|down from)\b|مقابل|مقارنة|بعد أن كان|من\s+[0-9٠-٩]/u;
export const MINUTE_LIKE = /(?:\bminute|\bmin\.?|الدقيقة|دقيقة)\s*$/iu;
export const LIST_LINE =
  /^(?:\p{N}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|(?:يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر)\s)/u;

/** Words that state a cause or purpose (a ranking feature; and a statement carrying one is no plain event). */
export const CAUSE_EN =
  /\b(?:because|due to|in order to|so that|as a result|led to|leading to|caused|owing to|aimed at|to avoid|after)\b/iu;
export const CAUSE_AR = /(?:بسبب|لأن|بهدف|من أجل|إثر|نتيجة|ما أدى|أدى إلى|وذلك ل|بغية|سعيا|جراء|لكي|كي )/u;

/** A stem that leans on what came before it: a demonstrative or pronoun with its referent outside the prompt. */
export const UNRESOLVED = new RegExp(
  [
    '(?:^|[«“"‘:]\\s*)(?:كما|ولهذا|لهذا|لذلك|وبذلك|وهكذا|وبهذا|ولذلك)\\s',
    "(?:^|\\s)[وفب]?(?:هذه|هذا|ذلك|تلك|هؤلاء)\\s+[وفب]?ال",
    "\\b(?:this|these|that|those)\\s+(?:company|bill|group|agency|team|firm|government|ministry|plan|law|deal|distance|year|study|project|scheme|city|country|region|measure|decision|figure|rate)\\b",
    '[«“"‘:]\\s*(?:The|Its|Their|His|Her)\\s+(?:company|bill|group|agency|team|firm|government|ministry|plan|law|deal|study|project|scheme|club|side|museum|school|district)\\b',
    "\\b(?:he|she|they|we)\\s+(?:said|told|added|says|wrote)\\b",
    "\\bhere\\b",
  ].join("|"),
  "iu",
);

export function contentWords(n: string): string[] {
  return n.split(" ").filter((w) => w.length > 3);
}
