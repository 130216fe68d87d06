// Downloads (results CSV/XLSX, a live game's CSV, question exports) share one response and one file-name header.
import { describe, expect, it } from "vitest";
import { attachment, CSV_TYPE, downloadResponse } from "@/lib/download";

describe("downloads", () => {
  it("names the file in ASCII, and in UTF-8 (made safe for a file system) when it has a real name", () => {
    expect(attachment("live-quiz-123456.csv")).toBe('attachment; filename="live-quiz-123456.csv"');
    expect(attachment("results-x.csv", 'الطاقة / "صف" 5.csv')).toBe(
      `attachment; filename="results-x.csv"; filename*=UTF-8''${encodeURIComponent("الطاقة _ _صف_ 5.csv")}`,
    );
  });

  it("is private, never stored and never sniffed, with any extra headers", async () => {
    const res = downloadResponse("a,b\r\n", {
      contentType: CSV_TYPE,
      contentDisposition: attachment("a.csv"),
      headers: { "x-fahm-skipped": "2" },
    });
    expect(Object.fromEntries(res.headers)).toEqual({
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="a.csv"',
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
      "x-fahm-skipped": "2",
    });
    expect(await res.text()).toBe("a,b\r\n");
  });
});
