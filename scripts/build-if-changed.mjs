// `npm start` builds only when the sources changed since the last build (issue 9: a full `next build` on every start
// took ~36 s). The stamp is a SHA-256 of every file the build reads (app, components, lib, questions, prisma's schema,
// the root configs and the lockfile) and of the NEXT_PUBLIC_* variables Next inlines; it is written to
// .next/fahm-build-stamp after a successful build. Type checking is not part of this (`npm run typecheck`, CI).
// `node scripts/build-if-changed.mjs [--print]` (--print: print the stamp and whether a build is needed, build nothing).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DIRS = ["app", "components", "lib", "questions", "public"];
const SKIP = new Set([path.join("lib", "generated")]); // generated from prisma/schema.prisma, which is hashed
const FILES = [
  "package.json",
  "package-lock.json",
  "next.config.js",
  "tsconfig.json",
  "proxy.ts",
  "instrumentation.ts",
  "prisma/schema.prisma",
  "scripts/build-generator-worker.mjs",
  "scripts/build-fast-answers.mjs",
];

function listFiles(root, dir, out) {
  let entries;
  try {
    entries = fs.readdirSync(path.join(root, dir), { withFileTypes: true });
  } catch {
    return; // a folder the project does not have
  }
  for (const e of entries) {
    const rel = path.join(dir, e.name);
    if (SKIP.has(rel)) continue;
    if (e.isDirectory()) listFiles(root, rel, out);
    else if (e.isFile()) out.push(rel);
  }
}

/** The stamp of the sources a build of the project at `root` reads. */
export function sourceStamp(root = projectRoot, env = process.env) {
  const files = [...FILES];
  for (const d of DIRS) listFiles(root, d, files);
  const hash = createHash("sha256");
  for (const rel of files.sort()) {
    let content;
    try {
      content = fs.readFileSync(path.join(root, rel));
    } catch {
      continue;
    }
    hash.update(`${rel}\0${content.length}\0`).update(content);
  }
  for (const key of Object.keys(env)
    .filter((k) => k.startsWith("NEXT_PUBLIC_"))
    .sort())
    hash.update(`env\0${key}=${env[key]}\0`);
  return hash.digest("hex");
}

const STAMP = path.join(projectRoot, ".next", "fahm-build-stamp");
const root = projectRoot;

function isBuilt(stamp) {
  const outputs = [
    path.join(root, ".next", "BUILD_ID"),
    path.join(root, "build", "generator-worker.mjs"),
    path.join(root, "build", "fast-answers.mjs"),
    path.join(root, "build", "fast-live.mjs"),
  ];
  if (!outputs.every((f) => fs.existsSync(f))) return false;
  try {
    return fs.readFileSync(STAMP, "utf8").trim() === stamp;
  } catch {
    return false;
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
// Imported (by the tests), the module only provides its functions.
if (isMain) {
  const stamp = sourceStamp();
  if (process.argv.includes("--print")) {
    console.log(JSON.stringify({ stamp, buildNeeded: !isBuilt(stamp) }));
  } else if (isBuilt(stamp)) {
    console.log("Sources unchanged since the last build: skipping `npm run build`.");
  } else {
    const r = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
    if (r.status !== 0) process.exit(r.status ?? 1);
    fs.writeFileSync(STAMP, `${stamp}\n`); // the sources as they were when the build started
  }
}
