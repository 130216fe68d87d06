// The join form's input: a guest must type a name; a class student on their device sends their student id instead.
import { describe, expect, it } from "vitest";
import { LiveJoinSchema } from "@/lib/validation/live";

describe("LiveJoinSchema", () => {
  it("takes a PIN and a name (tidied), or a PIN and a student id", () => {
    expect(LiveJoinSchema.parse({ pin: "123 456", name: "  Sara   K " })).toEqual({ pin: "123456", name: "Sara K" });
    expect(LiveJoinSchema.parse({ pin: "123456", studentId: "s1", name: "ignored" })).toEqual({
      pin: "123456",
      studentId: "s1",
    });
  });

  it("refuses a guest without a name, and a bad PIN, with a readable message", () => {
    const noName = LiveJoinSchema.safeParse({ pin: "123456" });
    expect(noName.success).toBe(false);
    expect(noName.error?.issues[0]).toMatchObject({ message: "Type your name.", path: ["name"] });
    const badPin = LiveJoinSchema.safeParse({ pin: "12", name: "Sara" });
    expect(badPin.error?.issues[0]?.message).toBe("The game PIN is 6 digits.");
  });
});
