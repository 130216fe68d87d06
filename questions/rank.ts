// The learned ranker: a question's features → the probability that a strict reviewer hands it out unedited.
//
// Features are computed by the generator (features.ts, `featuresOf`) from the candidate and the article; the weights are
// data (questions/ranker-weights.json), fitted by `npm run train:ranker` (scripts/train-ranker.ts) with logistic
// regression on reviewer labels of the corpus's dev split (tests/fixtures/corpus/). Nothing here names an article.
import weightsFile from "./ranker-weights.json";

/** Every feature, in a fixed order (the weights file is keyed by name, so adding one keeps old weights usable). */
export const FEATURE_NAMES = [
  "bias",
  "type_mcq",
  "type_cloze",
  "type_true_false",
  "type_number",
  "type_date",
  "type_timeline",
  "type_quote",
  "type_matching",
  "type_short_answer",
  "type_why",
  "type_statement",
  "lang_ar",
  "ar_x_cloze",
  "ar_x_mcq",
  "ar_x_true_false",
  "ar_x_short_answer",
  "kind_person",
  "kind_org",
  "kind_place",
  "kind_date",
  "kind_number",
  "kind_quoted",
  "kind_none",
  "prompt_words",
  "prompt_long",
  "evidence_words",
  "sentence_position",
  "in_lead",
  "pronoun_context",
  "distractors_from_article",
  "answer_words",
  "answer_has_digit",
  "key_frequency",
  "key_in_title",
  "key_is_topic",
  "cause_marker",
  "title_overlap",
  "heuristic_score",
  "tf_true",
  "opens_subordinate",
  "quote_marks_odd",
  "choices_mixed_script",
  "figure_headline",
  "figure_bare",
  "age_like",
  "list_line",
  "paragraph_position",
  "quote_words",
  "key_acronym",
  "distractors_same_kind",
  "centrality",
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number>;

export interface RankerWeights {
  /** what the weights were fitted on, for the README and the eval */
  trainedOn: string;
  /** probability below which a question is not asked in a default quiz */
  threshold: number;
  /** cross-validated figures printed by the training script */
  cv?: Record<string, string>;
  weights: Partial<Record<FeatureName, number>>;
}

const WEIGHTS: RankerWeights = weightsFile as RankerWeights;

export function emptyFeatures(): Features {
  const f = {} as Features;
  for (const n of FEATURE_NAMES) f[n] = 0;
  f.bias = 1;
  return f;
}

export function toVector(f: Features): number[] {
  return FEATURE_NAMES.map((n) => f[n] ?? 0);
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** P(acceptable) under the given weights (default: the committed ones). */
export function predictAcceptable(f: Features, w: RankerWeights = WEIGHTS): number {
  let z = 0;
  for (const n of FEATURE_NAMES) z += (w.weights[n] ?? 0) * (f[n] ?? 0);
  return sigmoid(z);
}

export function rankerThreshold(w: RankerWeights = WEIGHTS): number {
  return w.threshold;
}

export function hasTrainedWeights(w: RankerWeights = WEIGHTS): boolean {
  return Object.keys(w.weights).length > 1;
}
