// Today's output of the default quiz for every dev article, pinned (one readable file per article in __pins__/), so a
// refactor of questions/ (the stage split the generator issue asks for) is proven not to change what teachers get.
// A deliberate change of behaviour updates them: `npx vitest run tests/questions/pinned-output.test.ts -u`, and the
// diff of __pins__/ is the change reviewed. Test and held-out articles are not pinned (their questions are not read
// while tuning).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../questions/index";
import { listArticles } from "../../scripts/corpus-lib";

const dev = listArticles().filter((a) => a.split === "dev");

describe("the default quiz of every dev article is pinned", () => {
  it("covers the dev split", () => {
    expect(dev.length).toBeGreaterThanOrEqual(40);
  });
  for (const a of dev) {
    it(a.slug, async () => {
      const text = fs.readFileSync(a.textPath, "utf8");
      const r = generateQuestions(text, { lang: a.lang });
      const lines = r.questions.map((q) =>
        [
          q.type,
          q.prompt,
          JSON.stringify(q.answer),
          JSON.stringify(q.choices),
          JSON.stringify(q.left ?? null),
          `${q.evidence.start}-${q.evidence.end}`,
        ].join(" | "),
      );
      lines.push(`notice: ${r.notice ?? "-"}`);
      await expect(lines.join("\n") + "\n").toMatchFileSnapshot(
        path.join(import.meta.dirname, "__pins__", `${a.slug}.txt`),
      );
    });
  }
});
