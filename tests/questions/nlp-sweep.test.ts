// questions/nlp-sweep.ts replaces compromise's rule sweep in the English batch (issue 9): it must give every term the
// same tags, and the same people, organisations and places, as compromise's own sweep. Invented sentences only.
import { describe, expect, it } from "vitest";
import nlp from "compromise";
import { SWEEP_FOR_VERSION, bulkMatch } from "../../questions/nlp-sweep";

const SENTENCES = [
  "Harbor City opened the Northgate Bridge on Monday, ten years after Mayor Linda Okafor first proposed it.",
  'Engineer Tomas Varga of Eastfield University said the design "will survive a once-in-a-century flood."',
  "The Regional Transport Authority said about 80,000 vehicles a day would cross it by 2027.",
  "In 2015 the project was halted after a dispute with the contractor, Brightline Construction Ltd.",
  "Critics, including journalist Maria Chen of the Harbor Gazette, argued that costs rose by 40% over budget.",
  "The university's president, Dr. Ana Ruiz, flew to Lisbon and Nairobi to sign the agreements.",
  "Why did the council vote 5-2 on Tuesday, and who paid the $1.2bn bill?",
  "the river rose quickly, but nobody in Riverton was hurt.",
];

function snapshot(): string[] {
  const out: string[] = [];
  for (const s of SENTENCES) {
    const d = nlp(s);
    for (const terms of d.document as Array<Array<{ text: string; tags: Set<string> }>>)
      for (const t of terms) out.push(`${t.text}|${[...t.tags].sort().join(",")}`);
    out.push(
      JSON.stringify(d.people().out("array")),
      JSON.stringify(d.organizations().out("array")),
      JSON.stringify(d.places().out("array")),
    );
  }
  return out;
}

describe("nlp-sweep", () => {
  it.runIf(nlp.version === SWEEP_FOR_VERSION)("tags every term as compromise's own rule sweep does", () => {
    const one = (nlp.world() as unknown as { methods: { one: { bulkMatch: unknown } } }).methods.one;
    const original = one.bulkMatch;
    const expected = snapshot();
    one.bulkMatch = bulkMatch;
    try {
      const got = snapshot();
      expect(got).toEqual(expected);
      // the sentences do carry names, so the comparison covers the entity tags
      expect(expected.some((l) => l.includes("Okafor"))).toBe(true);
    } finally {
      one.bulkMatch = original;
    }
  });
});
