// The join form's browser check (lib/validation/join-fields.ts, no zod) must say what the server's zod schemas say:
// the same first message key per field, for any input — else a student would see one error in the browser and
// another after sending.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { joinFieldErrors } from "@/lib/validation/join-fields";
import { JoinSchema, ResumeSchema } from "@/lib/validation/classes";

function fromSchema(data: Record<string, unknown>, withPin: boolean) {
  const parsed = (withPin ? ResumeSchema : JoinSchema).safeParse(data);
  const errors: Record<string, string> = {};
  if (parsed.success) return errors;
  for (const issue of parsed.error.issues) {
    if (issue.message === "codeWrong") continue; // left to the server on purpose
    errors[String(issue.path[0])] ??= issue.message;
  }
  return errors;
}

const text = fc.oneof(
  fc.constantFrom("", " ", "  \u200b ", "\u202E", "Sara", "ＳＡＲＡ", "1234", "１２３４", " 12 34 ", "12345", "abcd"),
  fc.string({ maxLength: 50, unit: "grapheme" }),
  fc.string({ minLength: 35, maxLength: 60 }),
);
const field = fc.option(text, { nil: undefined });

describe("the join form's check agrees with the server's schemas", () => {
  it("for join and for resume-with-PIN, on any fields (missing ones too)", () => {
    fc.assert(
      fc.property(field, field, field, fc.boolean(), (code, displayName, pin, withPin) => {
        const data = Object.fromEntries(Object.entries({ code, displayName, pin }).filter(([, v]) => v !== undefined));
        expect(joinFieldErrors(data, withPin)).toEqual(fromSchema(data, withPin));
      }),
      { numRuns: 3000 },
    );
  });

  it("names the errors a student sees", () => {
    expect(joinFieldErrors({ code: "", displayName: "x".repeat(41) }, false)).toEqual({
      code: "codeRequired",
      displayName: "nameTooLong",
    });
    expect(joinFieldErrors({ code: "ABC234", displayName: "Sara", pin: "12a4" }, true)).toEqual({ pin: "pinShape" });
    expect(joinFieldErrors({ code: "ABC234", displayName: "Sara", pin: "١٢٣٤" }, true)).toEqual(
      fromSchema({ code: "ABC234", displayName: "Sara", pin: "١٢٣٤" }, true),
    );
  });
});
