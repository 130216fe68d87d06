// Runs once when the Next.js server starts, before it serves a request (Next's instrumentation hook: it has to live at
// the project root). It installs the stamp that tells the app who is asking: see lib/client-address.ts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ installClientAddressStamp }, { env }] = await Promise.all([
    import("@/lib/client-address"),
    import("@/lib/env"),
  ]);
  installClientAddressStamp({ trustedHops: env.TRUST_PROXY });
}
