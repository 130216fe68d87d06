// Files that must not get in: each is a clear error naming what is wrong (a line and column where the format has
// lines), never a crash. The database side ("nothing saved", "no 5xx") is in import.test.ts.
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { exportCsv, importCsv } from "@/lib/interop/csv";
import { parseImportFile } from "@/lib/interop/formats";
import { exportKahoot } from "@/lib/interop/kahoot";
import { exportQti } from "@/lib/interop/qti";
import { IMPORT_MAX_BYTES, InteropFileError } from "@/lib/interop/types";
import { SAMPLE_QUIZ } from "./quizzes";

async function fileError(name: string, bytes: Uint8Array): Promise<InteropFileError> {
  const err = await parseImportFile(name, bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InteropFileError);
  return err as InteropFileError;
}
const utf8 = (s: string) => new TextEncoder().encode(s);

describe("bad files", () => {
  it("refuses a truncated QTI zip and a truncated xlsx", async () => {
    const qti = exportQti(SAMPLE_QUIZ);
    expect((await fileError("quiz.zip", qti.subarray(0, Math.floor(qti.length / 2)))).code).toBe("bad_zip");
    const { bytes } = await exportKahoot(SAMPLE_QUIZ);
    const err = await fileError("kahoot.xlsx", bytes.subarray(0, bytes.length - 40));
    expect(err.code).toBe("bad_zip");
    expect(err.message).toMatch(/not a complete zip archive/);
  });

  it("refuses a zip bomb from its declared sizes, before inflating it", async () => {
    const bomb = zipSync({ "imsmanifest.xml": new Uint8Array(51 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(IMPORT_MAX_BYTES);
    expect((await fileError("bomb.zip", bomb)).code).toBe("zip_too_large");
  });

  it("refuses XML with a DOCTYPE (billion laughs) or an external entity", async () => {
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<quiz><question type="shortanswer"><questiontext><text>&lol3;</text></questiontext></question></quiz>`;
    const err = await fileError("bomb.xml", utf8(laughs));
    expect(err.code).toBe("xml_doctype");
    const xxe = `<?xml version="1.0"?><!DOCTYPE q [<!ENTITY x SYSTEM "file:///etc/passwd">]><quiz>&x;</quiz>`;
    expect((await fileError("xxe.xml", utf8(xxe))).code).toBe("xml_doctype");
  });

  it("points at the line and column of broken XML", async () => {
    const err = await fileError(
      "broken.xml",
      utf8(`<?xml version="1.0"?>\n<quiz>\n  <question type="multichoice">\n</quiz>`),
    );
    expect(err.code).toBe("xml_malformed");
    expect(err.detail).toMatchObject({ line: 4 });
    expect(err.message).toMatch(/line 4, column \d+/);
  });

  it("reports a GIFT syntax error with its line and column", async () => {
    const gift = "::Q1:: What is 2+2? {=4 ~3}\n\n::Q2:: Capital of Mali? {=Bamako ~Dakar\n\n::Q3:: ok {T}\n";
    const err = await fileError("quiz.gift", utf8(gift));
    expect(err.code).toBe("gift_syntax");
    expect(err.detail).toMatchObject({ line: 3, column: 40 }); // the end of the line, where "}" is missing
    expect(err.message).toMatch(/^GIFT syntax error at line 3, column 40: Expected .*"}"/);
  });

  it("refuses a 20 MB file before reading it", async () => {
    const big = new Uint8Array(20 * 1024 * 1024).fill(0x41);
    const err = await fileError("big.csv", big);
    expect(err.code).toBe("too_large");
  });

  it("refuses an empty file, a file in no known format, and text that is not UTF-8", async () => {
    expect((await fileError("quiz.csv", new Uint8Array())).code).toBe("empty_file");
    expect((await fileError("quiz.pdf", utf8("%PDF-1.7"))).code).toBe("unknown_format");
    expect((await fileError("quiz.gift", new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).code).toBe("unknown_format");
  });

  it("leaves out CSV rows holding a spreadsheet formula, and says which column", async () => {
    const csv = [
      "type,prompt,choices,answer,left,evidence_text,evidence_start,evidence_end",
      'mcq,"=HYPERLINK(""http://evil.example"",""click"")","[""a"",""b""]",a,,,,',
      'mcq,Fine question,"[""a"",""b""]",@SUM(1),,,,',
      'mcq,"\u200f=1+1","[""a"",""b""]",a,,,,',
      "short_answer,How cold?,[],-5,,,,",
      'mcq,Fine,"[""a"",""b""]",a,,,,',
    ].join("\n");
    const parsed = await parseImportFile("quiz.csv", utf8(csv));
    expect(parsed.skipped.map((s) => [s.n, s.code, s.detail?.column])).toEqual([
      [1, "formula", "prompt"],
      [2, "formula", "answer"],
      [3, "formula", "prompt"],
    ]);
    expect(parsed.questions.map((q) => q.answer)).toEqual(["-5", "a"]);
  });

  it("takes back its own defused cells ('=…) as text", () => {
    const q = { type: "mcq" as const, prompt: "=1+1 is two?", choices: ["+2", "@3"], answer: "+2" };
    const back = importCsv(exportCsv({ title: "t", language: "en", questions: [q] }));
    expect(back.skipped).toEqual([]);
    expect(back.questions[0]).toMatchObject({ prompt: "=1+1 is two?", choices: ["+2", "@3"], answer: "+2" });
  });

  it('reports, instead of corrupting, a GIFT answer holding "->" (GIFT cannot escape it)', async () => {
    const { exportQuestions } = await import("@/lib/interop/formats");
    const src = {
      title: "t",
      language: "en",
      questions: [
        { type: "short_answer" as const, prompt: "Arrow?", choices: [], answer: "a -> b" },
        { type: "short_answer" as const, prompt: "Plain?", choices: [], answer: "ab" },
      ],
    };
    const { bytes, skipped } = await exportQuestions("gift", src);
    expect(skipped).toEqual([{ n: 1, prompt: "Arrow?", code: "unsupported_text", detail: { text: "->" } }]);
    const back = await parseImportFile("q.gift", bytes);
    expect(back.questions.map((q) => [q.type, q.prompt, q.answer])).toEqual([["short_answer", "Plain?", "ab"]]);
  });

  it("names the columns a CSV needs", async () => {
    const err = await fileError("quiz.csv", utf8("question,answer\nx,y\n"));
    expect(err.code).toBe("csv_header");
  });

  it("says a zip without a manifest is not a QTI package", async () => {
    const zip = zipSync({ "readme.txt": strToU8("hello") });
    expect((await fileError("x.zip", zip)).code).toBe("not_qti");
  });
});
