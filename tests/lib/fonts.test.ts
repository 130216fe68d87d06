// The Arabic face (issue 9): two weights of Arabic letters, served from public/fonts so the layout can preload the
// regular one by a fixed address on Arabic pages only. The copies must stay the package's files.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ARABIC_FONT_URL } from "@/components/ui/preload-arabic-font";

const css = fs.readFileSync(path.resolve("app/globals.css"), "utf8");
const faces = [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map((m) => m[1]!);

describe("Arabic font files", () => {
  it.each([400, 700])(
    "weight %i is the @fontsource/noto-sans-arabic file, declared with swap and Arabic letters only",
    (w) => {
      const name = `noto-sans-arabic-arabic-${w}-normal.woff2`;
      const copy = fs.readFileSync(path.resolve("public/fonts", name));
      const original = fs.readFileSync(path.resolve("node_modules/@fontsource/noto-sans-arabic/files", name));
      expect(copy.equals(original)).toBe(true);
      const face = faces.find((f) => f.includes(`/fonts/${name}`));
      expect(face).toMatch(new RegExp(`font-weight: ${w};`));
      expect(face).toMatch(/font-display: swap;/);
      expect(face).toMatch(/unicode-range:\s+U\+0600-06FF,/);
    },
  );

  it("the preloaded file is the regular weight the stylesheet declares", () => {
    expect(ARABIC_FONT_URL).toBe("/fonts/noto-sans-arabic-arabic-400-normal.woff2");
    expect(fs.existsSync(path.resolve("public", ARABIC_FONT_URL.slice(1)))).toBe(true);
  });

  it("no stylesheet declares the package's other subsets (Latin, math, symbols)", () => {
    expect(faces).toHaveLength(2);
    expect(fs.readFileSync(path.resolve("app/layout.tsx"), "utf8")).not.toMatch(/@fontsource/);
  });
});
