// The join address a teacher shares (absolute, from the request's own origin so it works behind any host name)
// and its QR code as SVG markup, drawn on the server.
import "server-only";
import { headers } from "next/headers";
import { requestOriginFrom } from "@/lib/http/forwarded";
import QRCode from "qrcode";

/** The origin this request came to: a trusted proxy's X-Forwarded-Host/Proto (TRUST_PROXY > 0), else Host. */
export async function requestOrigin(): Promise<string> {
  return requestOriginFrom(await headers());
}

export function joinUrl(origin: string, code: string): string {
  return new URL(`/join/${encodeURIComponent(code)}`, origin).toString();
}

/** SVG markup from the qrcode library (paths only: the URL itself is not embedded as text). */
export function joinQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, {
    type: "svg",
    margin: 1,
    errorCorrectionLevel: "M",
    color: { dark: "#000000", light: "#ffffff" },
  });
}
