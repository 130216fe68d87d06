// Where sign-in sends a teacher next (issue 8, item 5), written as the attack: open-redirect payloads in ?next= must
// fall back to the teacher's home; ordinary return paths must survive. Values arrive as Next decodes searchParams.
import { describe, expect, it } from "vitest";
import { safeNext } from "@/lib/validation/auth";

const decoded = (query: string) => new URLSearchParams(query).get("next") ?? undefined;

describe("safeNext", () => {
  it.each([
    ["/%09/evil.example", "a tab the browser drops: //evil.example"],
    ["/%0A/evil.example", "a newline the browser drops"],
    ["/%0D%0A/evil.example", "CR LF"],
    ["/%0A", "a lone newline (was a 500)"],
    ["//evil.example", "a protocol-relative URL"],
    ["///evil.example", "three slashes"],
    ["/\\evil.example", "a backslash browsers read as a slash"],
    ["/%5Cevil.example", "an encoded backslash"],
    ["\\\\evil.example", "two backslashes"],
    ["https://evil.example/", "an absolute URL"],
    ["javascript:alert(1)", "a script URL"],
    ["evil.example", "no leading slash"],
    [" /teacher", "a leading space"],
    ["/..//evil.example", "dot segments that resolve to //evil.example"],
    ["/./%2e/%2E//evil.example", "encoded dot segments"],
    ["/%00", "a NUL"],
    ["/%C2%85/evil.example", "a C1 control (NEL)"],
    ["", "empty"],
  ])("refuses %s (%s)", (raw) => {
    expect(safeNext(decoded(`next=${raw}`))).toBe("/teacher");
  });

  it("refuses missing, repeated-and-bad and over-long values", () => {
    expect(safeNext(undefined)).toBe("/teacher");
    expect(safeNext(["//evil.example", "/teacher/classes"])).toBe("/teacher");
    expect(safeNext(`/${"a".repeat(5000)}`)).toBe("/teacher");
    expect(safeNext("//evil.example", "/my")).toBe("/my");
  });

  it("keeps same-site paths, with their query and hash", () => {
    expect(safeNext("/teacher/classes/abc")).toBe("/teacher/classes/abc");
    expect(safeNext(decoded("next=%2Fteacher%2Fquizzes%3Fdone%3D1%23top"))).toBe("/teacher/quizzes?done=1#top");
    expect(safeNext(["/teacher/classes", "//evil.example"])).toBe("/teacher/classes");
    // Encoded slashes stay encoded: a path on this site, not a host.
    expect(safeNext("/%2F%2Fevil.example")).toBe("/%2F%2Fevil.example");
    expect(safeNext("/teacher/../my")).toBe("/my");
  });
});
