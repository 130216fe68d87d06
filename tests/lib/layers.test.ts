// The layers of lib/ (README "Layers"): every file says which it belongs to, and the imports keep to it.
//   server   `import "server-only";` — Next's build refuses it in a browser bundle
//   browser  "// Layer: shared with the browser" — client components import it (schemas, limits, pure rules)
//   node     "// Layer: server, also loaded outside Next" — the seed, the Prisma CLI or proxy.ts load it, where the
//            `server-only` package would throw
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
type Layer = "server" | "browser" | "node";

function walk(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== "generated") walk(rel, out);
    } else if (/\.tsx?$/.test(e.name)) out.push(rel);
  }
  return out;
}

const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

function layerOf(file: string): Layer | null {
  const src = read(file);
  const marks: Layer[] = [];
  if (/^import "server-only";$/m.test(src)) marks.push("server");
  if (src.startsWith("// Layer: shared with the browser")) marks.push("browser");
  if (src.startsWith("// Layer: server, also loaded outside Next")) marks.push("node");
  return marks.length === 1 ? marks[0]! : null;
}

/** The project files a module loads at run time (type-only imports are erased, so they do not count). */
function importsOf(file: string): string[] {
  const src = read(file);
  const specs: string[] = [];
  const re =
    /^\s*(?:import|export)\s+(type\s+)?([^;]*?)\s+from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|^import\s+["']([^"']+)["']/gm;
  for (const m of src.matchAll(re)) {
    const typeOnly = Boolean(m[1]) || (m[2] !== undefined && /^\{\s*(type\s+[^,}]+,?\s*)+\}$/.test(m[2]));
    if (!typeOnly) specs.push((m[3] ?? m[4] ?? m[5])!);
  }
  const out: string[] = [];
  for (const spec of specs) {
    let base: string;
    if (spec.startsWith("@/")) base = spec.slice(2);
    else if (spec.startsWith(".")) base = path.join(path.dirname(file), spec);
    else continue;
    const hit = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find(
      (c) => fs.existsSync(path.join(root, c)) && fs.statSync(path.join(root, c)).isFile(),
    );
    if (hit) out.push(path.normalize(hit));
  }
  return out;
}

const libFiles = walk("lib");
const isClient = (f: string) => /^\s*["']use client["']/.test(read(f));
const isAction = (f: string) => /^\s*["']use server["']/.test(read(f));

/** Every lib/ file a client component loads, directly or through other modules (a server action is a reference). */
function browserReach(): Map<string, string> {
  const roots = [...walk("app"), ...walk("components")].filter(isClient);
  const seen = new Map<string, string>();
  const stack = roots.map((r) => [r, r] as const);
  while (stack.length) {
    const [file, from] = stack.pop()!;
    for (const dep of importsOf(file)) {
      if (seen.has(dep) || isAction(dep)) continue;
      seen.set(dep, from);
      stack.push([dep, from]);
    }
  }
  return seen;
}

describe("lib/ layers", () => {
  it("every lib/ file names exactly one layer", () => {
    expect(libFiles.length).toBeGreaterThan(100);
    expect(libFiles.filter((f) => layerOf(f) === null)).toEqual([]);
  });

  it("client components reach only lib/ files shared with the browser", () => {
    const reached = [...browserReach()].filter(([f]) => f.startsWith("lib/"));
    expect(reached.length).toBeGreaterThan(5);
    const wrong = reached.filter(([f]) => layerOf(f) !== "browser").map(([f, from]) => `${f} (from ${from})`);
    expect(wrong).toEqual([]);
  });

  it("a browser file imports only browser files; a node file never a server-only one", () => {
    const wrong: string[] = [];
    for (const f of libFiles) {
      const layer = layerOf(f);
      if (layer === "server") continue;
      for (const dep of importsOf(f).filter((d) => d.startsWith("lib/"))) {
        const depLayer = layerOf(dep);
        if (depLayer === "server" || (layer === "browser" && depLayer !== "browser")) wrong.push(`${f} → ${dep}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
