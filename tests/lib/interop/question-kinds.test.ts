// The shapes Moodle XML and GIFT share (lib/interop/question-kinds.ts), read from files a teacher might bring: what
// each format imports, and which questions it leaves out with which reason. Both formats go through one reader, so
// the same file content must give the same result in both.
import { describe, expect, it } from "vitest";
import { importGift } from "@/lib/interop/gift";
import { importMoodleXml } from "@/lib/interop/moodle-xml";

const GIFT = `$CATEGORY: $course$/top/Library

::Q1 [fahm-date]::When did it open?{
	=1998
	~1996
	####It opened in 1998.
}

::Q2::Which are metals?{
	~%50%Iron
	~%50%Copper
	~Wood
}

::Q3::Pick one.{
	~a
	~b
}

::Q4::It is true.{FALSE}

::Q5::Capital of Mali?{=Bamako}

::Q6::How many?{#1..5}

::Q7::Exact number?{#42}

::Q8 [fahm-timeline]::Order them.{
	=Later -> 2
	=First -> 1
	=Last -> 3
}

::Q9::Match them.{
	=Mali -> Bamako
	=Niger -> Niamey
	= -> Dakar
}

::Q10 [fahm-timeline]::Not a real order.{
	=A -> 1
	=B -> 3
}

::Q11::Write an essay.{}
`;

const MOODLE = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category"><category><text>$course$/top/Library</text></category></question>
  <question type="multichoice">
    <name><text>Q1 [fahm-date]</text></name>
    <questiontext format="html"><text><![CDATA[<p>When did it open?</p>]]></text></questiontext>
    <generalfeedback format="html"><text><![CDATA[<p>It opened in 1998.</p>]]></text></generalfeedback>
    <answer fraction="100" format="plain_text"><text>1998</text></answer>
    <answer fraction="0" format="plain_text"><text>1996</text></answer>
  </question>
  <question type="multichoice">
    <name><text>Q2</text></name>
    <questiontext format="plain_text"><text>Which are metals?</text></questiontext>
    <answer fraction="50"><text>Iron</text></answer>
    <answer fraction="50"><text>Copper</text></answer>
    <answer fraction="0"><text>Wood</text></answer>
  </question>
  <question type="multichoice">
    <name><text>Q3</text></name>
    <questiontext format="plain_text"><text>Half right.</text></questiontext>
    <answer fraction="50"><text>a</text></answer>
    <answer fraction="0"><text>b</text></answer>
  </question>
  <question type="truefalse">
    <name><text>Q4</text></name>
    <questiontext format="plain_text"><text>It is true.</text></questiontext>
    <answer fraction="0"><text>true</text></answer>
    <answer fraction="100"><text>false</text></answer>
  </question>
  <question type="description">
    <name><text>Intro</text></name>
    <questiontext format="plain_text"><text>Read first.</text></questiontext>
  </question>
  <question type="shortanswer">
    <name><text>Q5</text></name>
    <questiontext format="plain_text"><text>Capital of Mali?</text></questiontext>
    <answer fraction="100"><text>Bamako</text></answer>
  </question>
  <question type="numerical">
    <name><text>Q6</text></name>
    <questiontext format="plain_text"><text>No key.</text></questiontext>
    <answer fraction="50"><text>5</text></answer>
  </question>
  <question type="matching">
    <name><text>Q7 [fahm-timeline]</text></name>
    <questiontext format="plain_text"><text>Order them.</text></questiontext>
    <subquestion format="plain_text"><text>Later</text><answer><text>2</text></answer></subquestion>
    <subquestion format="plain_text"><text>First</text><answer><text>1</text></answer></subquestion>
    <subquestion format="plain_text"><text>Last</text><answer><text>3</text></answer></subquestion>
  </question>
  <question type="matching">
    <name><text>Q8</text></name>
    <questiontext format="plain_text"><text>Match them.</text></questiontext>
    <subquestion format="plain_text"><text>Mali</text><answer><text>Bamako</text></answer></subquestion>
    <subquestion format="plain_text"><text>Niger</text><answer><text>Niamey</text></answer></subquestion>
    <subquestion format="plain_text"><text></text><answer><text>Dakar</text></answer></subquestion>
    <subquestion format="plain_text"><text>Chad</text><answer><text></text></answer></subquestion>
  </question>
  <question type="essay">
    <name><text>Q9</text></name>
    <questiontext format="plain_text"><text>Write an essay.</text></questiontext>
  </question>
</quiz>`;

const DATE = {
  type: "date",
  prompt: "When did it open?",
  choices: ["1998", "1996"],
  answer: "1998",
  evidenceText: "It opened in 1998.",
};
const TIMELINE = { type: "timeline", choices: ["Later", "First", "Last"], answer: ["First", "Later", "Last"] };
const MATCHING = {
  type: "matching",
  prompt: "Match them.",
  left: ["Mali", "Niger"],
  choices: ["Niamey", "Bamako"],
  answer: ["Bamako", "Niamey"],
};

describe("GIFT import through the shared shapes", () => {
  const parsed = importGift(GIFT);
  it("imports each shape, numbered as in the file (the category not counted)", () => {
    expect(parsed.questions).toEqual([
      { n: 1, ...DATE },
      { n: 4, type: "true_false", prompt: "It is true.", choices: ["true", "false"], answer: "false" },
      { n: 5, type: "short_answer", prompt: "Capital of Mali?", choices: [], answer: "Bamako" },
      { n: 7, type: "short_answer", prompt: "Exact number?", choices: [], answer: "42" },
      { n: 8, prompt: "Order them.", ...TIMELINE },
      { n: 9, ...MATCHING },
      {
        n: 10,
        type: "matching",
        prompt: "Not a real order.",
        left: ["A", "B"],
        choices: ["3", "1"],
        answer: ["1", "3"],
      },
    ]);
  });
  it("lists what it leaves out with the reason", () => {
    expect(parsed.skipped.map((s) => [s.n, s.code, s.detail])).toEqual([
      [2, "several_correct_answers", undefined],
      [3, "no_correct_answer", undefined],
      [6, "unsupported_type", { type: "numerical range" }],
      [11, "unsupported_type", { type: "essay" }],
    ]);
  });
});

describe("Moodle XML import through the shared shapes", () => {
  const parsed = importMoodleXml(MOODLE);
  it("imports each shape, numbered as in the file (category and description not counted)", () => {
    expect(parsed.questions).toEqual([
      { n: 1, ...DATE },
      { n: 4, type: "true_false", prompt: "It is true.", choices: ["true", "false"], answer: "false" },
      { n: 5, type: "short_answer", prompt: "Capital of Mali?", choices: [], answer: "Bamako" },
      { n: 7, prompt: "Order them.", ...TIMELINE },
      { n: 8, ...MATCHING },
    ]);
  });
  it("lists what it leaves out with the reason (a partly right choice counts as several)", () => {
    expect(parsed.skipped.map((s) => [s.n, s.prompt, s.code, s.detail])).toEqual([
      [2, "Which are metals?", "several_correct_answers", undefined],
      [3, "Half right.", "several_correct_answers", undefined],
      [6, "No key.", "no_correct_answer", undefined],
      [9, "Write an essay.", "unsupported_type", { type: "essay" }],
    ]);
  });
});
