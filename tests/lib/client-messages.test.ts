// Messages narrowed per page (issue 9): the root layout passes only "errors" to the browser and each page wraps its
// client components in <ClientMessages namespaces={[…]}>. A client component whose namespace its page forgot shows a
// raw key (or throws), so this walks every page's imports the way the bundler does — a module is client code once a
// "use client" module imports it — and checks the page names every namespace those modules call useTranslations with.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { loadMessages } from "@/lib/i18n/request";

const root = path.resolve(".");

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith("@/")
    ? path.join(root, spec.slice(2))
    : spec.startsWith(".")
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null;
  for (const ext of ["", ".tsx", ".ts", "/index.tsx", "/index.ts"]) {
    const p = base + ext;
    if (/\.tsx?$/.test(p) && fs.existsSync(p) && fs.statSync(p).isFile()) return p;
  }
  return null;
}

interface Module {
  client: boolean;
  imports: string[];
  namespaces: string[];
  provided: string[];
}
const modules = new Map<string, Module>();
function read(file: string): Module {
  let m = modules.get(file);
  if (!m) {
    const src = fs.readFileSync(file, "utf8");
    m = {
      client: /^(\s*\/\/[^\n]*\n)*\s*["']use client["']/.test(src),
      imports: [...src.matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)]
        .map((x) => resolve(file, x[1]!))
        .filter((x): x is string => x !== null),
      namespaces: [...src.matchAll(/useTranslations\(\s*(?:"([^"]*)")?\s*\)/g)].map((x) => x[1] ?? "(all)"),
      provided: [...src.matchAll(/<ClientMessages\s+namespaces=\{\[([^\]]*)\]\}/g)].flatMap((x) =>
        [...x[1]!.matchAll(/"([^"]+)"/g)].map((y) => y[1]!),
      ),
    };
    modules.set(file, m);
  }
  return m;
}

/** Every namespace the client modules reachable from `entry` call useTranslations with. */
function clientNamespaces(entry: string): string[] {
  const out = new Set<string>();
  const seen = new Set<string>();
  const walk = (file: string, inClient: boolean) => {
    const key = `${file}:${inClient}`;
    if (seen.has(key)) return;
    seen.add(key);
    const m = read(file);
    const client = inClient || m.client;
    if (client) m.namespaces.forEach((n) => out.add(n));
    m.imports.forEach((f) => walk(f, client));
  };
  walk(entry, false);
  return [...out].sort();
}

/** The namespaces the page and the server components it renders (an `AuthPage` shell) pass with <ClientMessages>. */
function providedBy(entry: string): string[] {
  const out = new Set<string>();
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const m = read(file);
    if (m.client) return;
    m.provided.forEach((n) => out.add(n));
    m.imports.filter((f) => f.includes(`${path.sep}components${path.sep}`)).forEach(walk);
  };
  walk(entry);
  return [...out];
}

const covers = (provided: string[], ns: string) => provided.some((p) => ns === p || ns.startsWith(`${p}.`));

function entries(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return entries(p);
    return /^(page|layout|error|not-found|loading)\.tsx$/.test(d.name) ? [p] : [];
  });
}

const rootLayout = path.join(root, "app/layout.tsx");
const everywhere = read(rootLayout).provided;
const pages = entries(path.join(root, "app")).map((f) => path.relative(root, f));

describe("messages narrowed per page", () => {
  it("the root layout passes only the error page's strings, not the catalogue", () => {
    expect(everywhere).toEqual(["errors"]);
    expect(fs.readFileSync(rootLayout, "utf8")).not.toMatch(/<NextIntlClientProvider>/);
  });

  it("the walk sees the client components of the quiz page (so the check below can fail)", () => {
    expect(clientNamespaces(path.join(root, "app/attempts/[id]/page.tsx"))).toContain("quiz");
    expect(clientNamespaces(path.join(root, "app/teacher/quizzes/[id]/page.tsx"))).toEqual(
      expect.arrayContaining(["quizzes", "quizzes.settings", "article.type", "interop"]),
    );
  });

  it.each(pages)("%s names every namespace its client components use", (page) => {
    const file = path.join(root, page);
    const provided = [...everywhere, ...providedBy(file)];
    const missing = clientNamespaces(file).filter((ns) => !covers(provided, ns));
    expect(missing).toEqual([]);
  });

  it.each(["en", "ar"] as const)("every page's namespaces exist in the %s catalogue", async (locale) => {
    const messages = await loadMessages(locale);
    for (const page of pages) {
      const provided = read(path.join(root, page)).provided;
      expect(() => pickMessages(messages, provided), page).not.toThrow();
    }
  });

  it("picks only the named namespaces, merging a namespace with a path inside another", () => {
    const messages = { a: { x: "1", y: { z: "2" } }, b: { w: "3" }, c: "4" };
    expect(pickMessages(messages, ["a.y"])).toEqual({ a: { y: { z: "2" } } });
    expect(pickMessages(messages, ["a.y", "a"])).toEqual({ a: { x: "1", y: { z: "2" } } });
    expect(pickMessages(messages, ["b", "a.x"])).toEqual({ b: { w: "3" }, a: { x: "1" } });
    expect(() => pickMessages(messages, ["d"])).toThrow(/no namespace "d"/);
  });
});
