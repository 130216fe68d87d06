// A file the signed-in teacher downloads (results CSV/XLSX, a live game's CSV, a question export): its
// Content-Disposition and its response, private, never stored, its type not sniffed.
import "server-only";

export const CSV_TYPE = "text/csv; charset=utf-8";

/** The ASCII name every browser takes, and the real one (an Arabic title, made safe for a file system) in filename*. */
export function attachment(asciiName: string, unicodeName?: string): string {
  if (unicodeName == null) return `attachment; filename="${asciiName}"`;
  const safe = unicodeName.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_");
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(safe)}`;
}

export function downloadResponse(
  body: BodyInit,
  {
    contentType,
    contentDisposition,
    headers = {},
  }: { contentType: string; contentDisposition: string; headers?: Record<string, string> },
): Response {
  return new Response(body, {
    headers: {
      "content-type": contentType,
      "content-disposition": contentDisposition,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
      ...headers,
    },
  });
}
