import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// The Content-Security-Policy is set per request, with a nonce, in proxy.ts (lib/csp.ts builds it).

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // piscina starts worker threads from its own files (and the generator from build/generator-worker.mjs): it must be
  // loaded from node_modules at run time, not bundled. exceljs (XLSX export) is a large CommonJS tree: loaded as is.
  serverExternalPackages: ["piscina", "exceljs"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
