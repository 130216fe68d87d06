// The HTTP response of an export: the file, an ASCII file name plus the UTF-8 one (an Arabic title), and how many
// questions the format could not carry (X-Fahm-Skipped; the page lists them before the download).
import "server-only";
import { attachment, downloadResponse } from "@/lib/download";
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
  return downloadResponse(bytes as unknown as BodyInit, {
    contentType,
    contentDisposition: attachment(ascii, `${src.fileStem}.${extension}`),
    headers: { "x-fahm-skipped": String(skipped.length) },
  });
}
