// Teacher sign-in and sign-up limits (issue 8, item 3), written as the attack: a new X-Forwarded-For per wrong password
// was a new limit (30 wrong passwords, no 429), and sign-up had none. Wrong passwords are counted per address and
// account, per address, and per account (lib/sign-in-rate-limit.ts); right ones are given back. Requests go through Better Auth's own handler on
// a real HTTP server with the client-address stamp installed, as under `next start`.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.BETTER_AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";
});

import { toNodeHandler } from "better-auth/node";
import { auth, SIGN_UP_LIMIT } from "@/lib/auth";
import { CLIENT_ADDRESS_HEADER, installClientAddressStamp } from "@/lib/client-address";
import { env } from "@/lib/env";
import { take } from "@/lib/rate-limit";
import {
  accountKey,
  SIGN_IN_PER_ACCOUNT,
  SIGN_IN_PER_ADDRESS,
  SIGN_IN_PER_ADDRESS_ACCOUNT,
} from "@/lib/sign-in-rate-limit";

const PASSWORD = "correct horse battery";
const ORIGIN = env.BETTER_AUTH_URL;
let n = 0;
const email = () => `t${++n}-${crypto.randomUUID().slice(0, 8)}@example.com`;

async function startAuthServer() {
  const server = http.createServer(toNodeHandler(auth));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/auth`;
  const post = async (path: string, data: object, headers: Record<string, string> = {}) => {
    const res = await fetch(`${base}${path}`, {
      method: "POST",
      body: JSON.stringify(data),
      headers: { "content-type": "application/json", origin: ORIGIN, ...headers },
    });
    return res.status;
  };
  return { server, post };
}

describe("TRUST_PROXY=0", () => {
  let uninstall: () => void;
  let api: Awaited<ReturnType<typeof startAuthServer>>;
  const teacher = email();
  beforeAll(async () => {
    uninstall = installClientAddressStamp({ trustedHops: 0 });
    api = await startAuthServer();
    await auth.api.signUpEmail({ body: { name: "Ana", email: teacher, password: PASSWORD } });
  });
  afterAll(() => {
    api.server.close();
    uninstall();
  });

  it("a new X-Forwarded-For per wrong password does not reset the sign-in limit", async () => {
    for (let i = 0; i < SIGN_IN_PER_ADDRESS_ACCOUNT.points; i++) {
      const status = await api.post(
        "/sign-in/email",
        { email: teacher, password: `wrong ${i}` },
        { "x-forwarded-for": `198.51.100.${i}`, [CLIENT_ADDRESS_HEADER]: `192.0.2.${i}` },
      );
      expect(status).toBe(401);
    }
    // Limited now, whatever the headers say — the right password included.
    expect(
      await api.post("/sign-in/email", { email: teacher, password: PASSWORD }, { "x-forwarded-for": "203.0.113.99" }),
    ).toBe(429);
  });

  it(`sign-up is limited to ${SIGN_UP_LIMIT.max} accounts an hour per address`, async () => {
    for (let i = 0; i < SIGN_UP_LIMIT.max; i++) {
      const status = await api.post(
        "/sign-up/email",
        { name: "Bot", email: email(), password: PASSWORD },
        { "x-forwarded-for": `198.51.100.${i}` },
      );
      expect(status).toBe(200);
    }
    expect(
      await api.post(
        "/sign-up/email",
        { name: "Bot", email: email(), password: PASSWORD },
        { "x-forwarded-for": "203.0.113.98" },
      ),
    ).toBe(429);
  });
});

describe("TRUST_PROXY=1", () => {
  let uninstall: () => void;
  let api: Awaited<ReturnType<typeof startAuthServer>>;
  const teacher = email();
  beforeAll(async () => {
    uninstall = installClientAddressStamp({ trustedHops: 1 });
    api = await startAuthServer();
    await auth.api.signUpEmail({ body: { name: "Ben", email: teacher, password: PASSWORD } });
  });
  afterAll(() => {
    api.server.close();
    uninstall();
  });

  it("counts the address the proxy appended: a spoofed left part does not help, another client is not held up", async () => {
    for (let i = 0; i < SIGN_IN_PER_ADDRESS_ACCOUNT.points; i++) {
      const status = await api.post(
        "/sign-in/email",
        { email: teacher, password: `wrong ${i}` },
        { "x-forwarded-for": `10.${i}.0.1, 203.0.113.7` },
      );
      expect(status).toBe(401);
    }
    expect(
      await api.post(
        "/sign-in/email",
        { email: teacher, password: PASSWORD },
        { "x-forwarded-for": "6.6.6.6, 203.0.113.7" },
      ),
    ).toBe(429);
    expect(
      await api.post("/sign-in/email", { email: teacher, password: PASSWORD }, { "x-forwarded-for": "203.0.113.8" }),
    ).toBe(200);
  });

  it("right passwords are given back: a teacher signing in often from one address is never held up", async () => {
    for (let i = 0; i < SIGN_IN_PER_ADDRESS_ACCOUNT.points * 2; i++) {
      expect(
        await api.post("/sign-in/email", { email: teacher, password: PASSWORD }, { "x-forwarded-for": "203.0.113.20" }),
      ).toBe(200);
    }
  });

  it("one address spraying a password over many accounts is stopped, wherever the accounts are", async () => {
    const sprayer = { "x-forwarded-for": "203.0.113.30" };
    // Each wrong try costs a scrypt hash (~1 s on a busy test machine): all but the last three are counted directly.
    for (let i = 0; i < SIGN_IN_PER_ADDRESS.points - 3; i++) await take(SIGN_IN_PER_ADDRESS, "203.0.113.30");
    for (let i = 0; i < 3; i++) {
      expect(await api.post("/sign-in/email", { email: email(), password: "Summer2026!" }, sprayer)).toBe(401);
    }
    expect(await api.post("/sign-in/email", { email: teacher, password: PASSWORD }, sprayer)).toBe(429);
    // Another address is not affected.
    expect(
      await api.post("/sign-in/email", { email: teacher, password: PASSWORD }, { "x-forwarded-for": "203.0.113.31" }),
    ).toBe(200);
  });

  it("one account guessed from many addresses locks after the per-account limit, registered or not", async () => {
    const target = email(); // no such account: the lock must look the same as for a real one
    for (let i = 0; i < SIGN_IN_PER_ACCOUNT.points - 3; i++) await take(SIGN_IN_PER_ACCOUNT, accountKey(target));
    for (let i = 0; i < 3; i++) {
      const from = { "x-forwarded-for": `10.9.0.${i}` };
      expect(await api.post("/sign-in/email", { email: target.toUpperCase(), password: `guess ${i}` }, from)).toBe(401);
    }
    expect(
      await api.post("/sign-in/email", { email: target, password: "guess x" }, { "x-forwarded-for": "10.10.0.1" }),
    ).toBe(429);
  });
});
