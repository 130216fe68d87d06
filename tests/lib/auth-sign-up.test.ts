// Sign-up no longer tells whether an email is registered (issue 8, Low), written as the probe it stops: a stranger
// posting a teacher's email to sign-up got 422 "already exists" at once and for free. Now a taken email gets the same
// 200 and body as a new one; the auth route signs the new teacher in, so only a new account (or the account's own
// password) gets a session; and a probe at a taken email costs a counted wrong password. The route is called as Next
// calls it, with the client-address stamp installed (so the address header below is believed).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.BETTER_AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";
});

import { POST } from "@/app/api/auth/[...all]/route";
import { CLIENT_ADDRESS_HEADER, installClientAddressStamp } from "@/lib/client-address";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { take } from "@/lib/rate-limit";
import { accountKey, SIGN_IN_PER_ADDRESS_ACCOUNT } from "@/lib/sign-in-rate-limit";

const PASSWORD = "correct horse battery";
let n = 0;
const newEmail = () => `s${++n}-${crypto.randomUUID().slice(0, 8)}@example.com`;
const post = (path: string, body: object, address: string) =>
  POST(
    new Request(`${env.BETTER_AUTH_URL}/api/auth${path}`, {
      method: "POST",
      body: JSON.stringify(body),
      headers: { "content-type": "application/json", origin: env.BETTER_AUTH_URL, [CLIENT_ADDRESS_HEADER]: address },
    }),
  );
const sessionCookie = (res: Response) => res.headers.getSetCookie().find((c) => c.startsWith("fahm.session_token="));

let uninstall: () => void;
beforeAll(() => {
  uninstall = installClientAddressStamp({ trustedHops: 0 });
});
afterAll(() => uninstall());

describe("sign-up", () => {
  it("answers a taken email exactly like a new one: same status, same body shape, no 'already exists'", async () => {
    const taken = newEmail();
    const first = await post("/sign-up/email", { name: "Ana", email: taken, password: PASSWORD }, "198.51.100.1");
    expect(first.status).toBe(200);

    const fresh = await post(
      "/sign-up/email",
      { name: "Eve", email: newEmail(), password: "a guess 123" },
      "203.0.113.1",
    );
    const probe = await post("/sign-up/email", { name: "Eve", email: taken, password: "a guess 123" }, "203.0.113.1");
    expect(probe.status).toBe(fresh.status);
    const [a, b] = [await fresh.json(), await probe.json()];
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    expect(Object.keys(b.user).sort()).toEqual(Object.keys(a.user).sort());
    expect(b.token).toBeNull();
    expect(JSON.stringify(b)).not.toMatch(/exist/i);

    // The probe made nothing and changed nothing: one account, its own password still works, the stranger's does not.
    expect(await db.user.count({ where: { email: taken } })).toBe(1);
    expect(sessionCookie(probe)).toBeUndefined();
    expect((await post("/sign-in/email", { email: taken, password: PASSWORD }, "198.51.100.1")).status).toBe(200);
    expect((await post("/sign-in/email", { email: taken, password: "a guess 123" }, "198.51.100.1")).status).toBe(401);
  });

  it("signs a new teacher straight in, and a teacher who signs up again with their own password", async () => {
    const email = newEmail();
    const res = await post("/sign-up/email", { name: "Ben", email, password: PASSWORD }, "198.51.100.2");
    expect(res.status).toBe(200);
    expect(sessionCookie(res)).toBeDefined();
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);

    const again = await post("/sign-up/email", { name: "Ben", email, password: PASSWORD }, "198.51.100.2");
    expect(again.status).toBe(200);
    expect(sessionCookie(again)).toBeDefined();
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it("a probe at a taken email costs a counted wrong password: probing in a loop locks the prober, not the owner", async () => {
    const taken = newEmail();
    await post("/sign-up/email", { name: "Cy", email: taken, password: PASSWORD }, "198.51.100.3");
    const prober = "203.0.113.3";
    // Each probe costs two scrypt hashes (~1 s each on a busy test machine): all but the last two tries are counted
    // directly; the last two come from probes, so without them being counted the right password would still work.
    const counted = SIGN_IN_PER_ADDRESS_ACCOUNT.points - 2;
    for (let i = 0; i < counted; i++) await take(SIGN_IN_PER_ADDRESS_ACCOUNT, `${prober}|${accountKey(taken)}`);
    for (let i = counted; i < SIGN_IN_PER_ADDRESS_ACCOUNT.points; i++) {
      const res = await post("/sign-up/email", { name: "Eve", email: taken, password: `guess ${i} xyz` }, prober);
      expect(res.status).toBe(200);
      expect(sessionCookie(res)).toBeUndefined();
    }
    // Even the right password is refused from the prober's address now …
    expect((await post("/sign-in/email", { email: taken, password: PASSWORD }, prober)).status).toBe(429);
    // … and a sign-up that happens to carry it gets no session there either.
    const lucky = await post("/sign-up/email", { name: "Eve", email: taken, password: PASSWORD }, prober);
    expect(sessionCookie(lucky)).toBeUndefined();
    // The owner, elsewhere, signs in as usual.
    expect((await post("/sign-in/email", { email: taken, password: PASSWORD }, "198.51.100.3")).status).toBe(200);
  });

  it("bad sign-up input is still a 4xx with nothing made (no sign-in attempted)", async () => {
    const email = newEmail();
    const short = await post("/sign-up/email", { name: "Di", email, password: "short" }, "198.51.100.4");
    expect(short.status).toBe(400);
    expect(sessionCookie(short)).toBeUndefined();
    expect(await db.user.count({ where: { email } })).toBe(0);
  });
});
