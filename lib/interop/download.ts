// The HTTP response of an export: the file, an ASCII file name plus the UTF-8 one (an Arabic title), and how many
// questions the format could not carry (X-Fahm-Skipped; the page lists them before the download).
import "server-only";
import { safeFilename } from "@/lib/results/results-csv";
import { FORMAT_FILES, exportQuestions, type ExportFormat } from "./formats";
import type { ExportSource } from "./types";

export async function exportResponse(
  format: ExportFormat,
  src: ExportSource & { fileStem: string },
): Promise<Response> {
  const { bytes, skipped } = await exportQuestions(format, src);
  const { extension, contentType } = FORMAT_FILES[format];
  const ascii = safeFilename("fahm", [src.fileStem], "fahm-questions").replace(/\.csv$/, `.${extension}`);
  const unicode = `${src.fileStem}.${extension}`.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_");
  return new Response(bytes as unknown as BodyInit, {
    headers: {
      "content-type": contentType,
      "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(unicode)}`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
      "x-fahm-skipped": String(skipped.length),
    },
  });
}
