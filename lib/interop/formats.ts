// The formats Fahm exports and imports, their file names and media types, and reading a file whatever its format.
import "server-only";
import { exportCsv, importCsv } from "./csv";
import { exportGift, giftMisfits, importGift } from "./gift";
import { exportKahoot, importKahoot } from "./kahoot";
import { exportMoodleXml, importMoodleXml } from "./moodle-xml";
import { exportQti, importQti } from "./qti";
import {
  IMPORT_MAX_BYTES,
  IMPORT_MAX_QUESTIONS,
  InteropFileError,
  type ExportSource,
  type ParsedFile,
  type Skipped,
} from "./types";

import type { ExportFormat } from "./types";

export type { ExportFormat };

export type ImportFormat = "moodle" | "gift" | "qti" | "kahoot" | "csv";

export const FORMAT_FILES: Record<ExportFormat, { extension: string; contentType: string }> = {
  moodle: { extension: "xml", contentType: "application/xml; charset=utf-8" },
  gift: { extension: "gift.txt", contentType: "text/plain; charset=utf-8" },
  qti: { extension: "qti.zip", contentType: "application/zip" },
  kahoot: {
    extension: "kahoot.xlsx",
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  },
  csv: { extension: "csv", contentType: "text/csv; charset=utf-8" },
};

export async function exportQuestions(
  format: ExportFormat,
  src: ExportSource,
): Promise<{ bytes: Uint8Array; skipped: Skipped[] }> {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  switch (format) {
    case "moodle":
      return { bytes: utf8(exportMoodleXml(src)), skipped: [] };
    case "gift":
      return { bytes: utf8(exportGift(src)), skipped: giftMisfits(src.questions) };
    case "qti":
      return { bytes: exportQti(src), skipped: [] };
    case "kahoot":
      return exportKahoot(src);
    case "csv":
      return { bytes: utf8(exportCsv(src)), skipped: [] };
  }
}

/** The format of an uploaded file, from its first bytes and then its name. */
function detectFormat(name: string, bytes: Uint8Array): ImportFormat {
  const lower = name.toLowerCase();
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (lower.endsWith(".xlsx")) return "kahoot";
  if (lower.endsWith(".zip")) return "qti";
  if (isZip) return "kahoot";
  if (lower.endsWith(".xml")) return "moodle";
  if (lower.endsWith(".csv")) return "csv";
  if (lower.endsWith(".gift") || lower.endsWith(".txt")) return "gift";
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 200))
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (head.startsWith("<")) return "moodle";
  throw new InteropFileError(
    "unknown_format",
    "Fahm reads Moodle XML (.xml), GIFT (.gift, .txt), CSV (.csv), Kahoot spreadsheets (.xlsx) and QTI 2.1 packages (.zip).",
  );
}

/** Reads an uploaded file into questions. Throws InteropFileError when the file as a whole cannot be read. */
export async function parseImportFile(name: string, bytes: Uint8Array): Promise<ParsedFile & { format: ImportFormat }> {
  if (bytes.byteLength === 0) throw new InteropFileError("empty_file", "The file is empty.");
  if (bytes.byteLength > IMPORT_MAX_BYTES) {
    throw new InteropFileError("too_large", `The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB.`, {
      max: IMPORT_MAX_BYTES / 1024 / 1024,
    });
  }
  const format = detectFormat(name, bytes);
  const text = () => {
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      throw new InteropFileError("unknown_format", "The file is not UTF-8 text. Save it as UTF-8 and retry.");
    }
  };
  const parsed =
    format === "moodle"
      ? importMoodleXml(text())
      : format === "gift"
        ? importGift(text())
        : format === "csv"
          ? importCsv(text())
          : format === "kahoot"
            ? await importKahoot(bytes)
            : importQti(bytes);
  if (parsed.questions.length + parsed.skipped.length === 0)
    throw new InteropFileError("no_questions", "The file holds no questions.");
  if (parsed.questions.length > IMPORT_MAX_QUESTIONS) {
    throw new InteropFileError("too_large", `The file holds more than ${IMPORT_MAX_QUESTIONS} questions.`, {
      max: IMPORT_MAX_QUESTIONS,
    });
  }
  return { ...parsed, format };
}
