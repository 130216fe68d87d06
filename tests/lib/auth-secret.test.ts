// Issue 8, Low: a production server does not start with a secret generated silently into the app folder (every copy
// of the folder would sign sessions with it). It needs BETTER_AUTH_SECRET, or AUTH_SECRET_FILE naming where to keep one.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { missingProductionSecret } from "@/lib/env";

describe("the auth secret in production", () => {
  it("is required, with a message that says what to set; development, tests and `next build` go on as before", () => {
    expect(missingProductionSecret({ NODE_ENV: "production" })).toMatch(/BETTER_AUTH_SECRET[\s\S]*AUTH_SECRET_FILE/);
    expect(missingProductionSecret({ NODE_ENV: "production", BETTER_AUTH_SECRET: "x".repeat(32) })).toBeNull();
    expect(missingProductionSecret({ NODE_ENV: "production", AUTH_SECRET_FILE: "/etc/fahm/secret" })).toBeNull();
    expect(missingProductionSecret({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).toBeNull();
    expect(missingProductionSecret({ NODE_ENV: "development" })).toBeNull();
  });

  it("the server's start hook exits with that message instead of serving", () => {
    // instrumentation.ts's register(), as `next start` runs it, in a process of its own
    const script = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "fahm-start-")), "start.mts");
    fs.writeFileSync(
      script,
      `import { register } from ${JSON.stringify(path.resolve("instrumentation.ts"))};\nawait register();\nconsole.log("started");\n`,
    );
    const base: Record<string, string | undefined> = {
      ...process.env,
      NODE_ENV: "production",
      NEXT_RUNTIME: "nodejs",
      NODE_OPTIONS: "--conditions=react-server",
    };
    delete base.BETTER_AUTH_SECRET;
    delete base.AUTH_SECRET_FILE;
    const start = (extra: Record<string, string> = {}) =>
      spawnSync("npx", ["tsx", "--tsconfig", path.resolve("tsconfig.json"), script], {
        env: { ...base, ...extra } as NodeJS.ProcessEnv,
        encoding: "utf8",
        timeout: 60_000,
      });

    const refused = start();
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/Fahm will not start: no auth secret in production/);
    expect(refused.stdout).not.toMatch(/started/);
    expect(start({ BETTER_AUTH_SECRET: "s".repeat(40) }).stdout).toMatch(/started/);
  }, 120_000);
});
