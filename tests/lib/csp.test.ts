// The policy builder behind proxy.ts (issue 8, item 9): unguessable nonces, and no inline scripts in any mode.
import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy, createNonce } from "@/lib/csp";

const scriptSrc = (csp: string) => csp.split("; ").find((d) => d.startsWith("script-src "))!;

describe("content security policy", () => {
  it("makes a 128-bit nonce that is new every time", () => {
    const nonces = Array.from({ length: 1000 }, createNonce);
    expect(new Set(nonces).size).toBe(1000);
    for (const n of nonces) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });

  it("allows only nonced scripts, with 'strict-dynamic', and eval only in development", () => {
    const prod = buildContentSecurityPolicy({ nonce: "abc123", isDev: false });
    expect(scriptSrc(prod)).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    const dev = buildContentSecurityPolicy({ nonce: "abc123", isDev: true });
    expect(scriptSrc(dev)).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic' 'unsafe-eval'");
    for (const csp of [prod, dev]) {
      expect(scriptSrc(csp)).not.toContain("'unsafe-inline'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      // A nonce in style-src would switch 'unsafe-inline' off and break React's style attributes.
      expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    }
  });
});
