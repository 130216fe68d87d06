import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FEATURES } from "@/lib/i18n/request";

const dir = path.resolve("lib/i18n/messages");

function keys(obj: unknown, prefix = ""): string[] {
  if (typeof obj !== "object" || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("interface messages", () => {
  it.each(FEATURES)("%s has the same keys in English and Arabic, all non-empty", (feature) => {
    const en = JSON.parse(fs.readFileSync(path.join(dir, `${feature}.en.json`), "utf8"));
    const ar = JSON.parse(fs.readFileSync(path.join(dir, `${feature}.ar.json`), "utf8"));
    expect(keys(ar).sort()).toEqual(keys(en).sort());
    for (const k of keys(ar)) {
      const value = k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], ar);
      expect(typeof value === "string" && value.trim().length > 0, `${feature}.ar ${k}`).toBe(true);
    }
  });
});
