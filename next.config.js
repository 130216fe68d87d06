import { createRequire } from "node:module";
import createNextIntlPlugin from "next-intl/plugin";

// every response's security headers; the answer fast path (lib/http/fast-answers.ts) sends the same list
const securityHeaders = createRequire(import.meta.url)("./lib/http/security-headers.json");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// The Content-Security-Policy is set per request, with a nonce, in proxy.ts (lib/csp.ts builds it).

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // piscina starts worker threads from its own files (and the generator from build/generator-worker.mjs): it must be
  // loaded from node_modules at run time, not bundled. exceljs (XLSX export) is a large CommonJS tree: loaded as is.
  serverExternalPackages: ["piscina", "exceljs"],
  // The stylesheet (~7 KB gzip) goes inline in each page's <head> instead of a render-blocking request: Lighthouse's
  // mobile run counted that request as 450–540 ms of LCP (issue 9). Production builds only.
  experimental: { inlineCss: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: securityHeaders,
      },
    ];
  },
};

export default withNextIntl(nextConfig);
