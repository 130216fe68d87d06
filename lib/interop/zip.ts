// Zip reading shared by the xlsx and QTI importers (fflate): a truncated or foreign file is a clear error, and the
// declared uncompressed sizes are summed before anything is inflated, so a zip bomb is refused unopened.
import "server-only";
import { unzipSync } from "fflate";
import { InteropFileError, ZIP_MAX_UNCOMPRESSED } from "./types";

class TooLarge extends Error {}

export function readZip(bytes: Uint8Array, keep: (name: string) => boolean = () => true): Record<string, Uint8Array> {
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        if (total > ZIP_MAX_UNCOMPRESSED) throw new TooLarge();
        return keep(file.name);
      },
    });
  } catch (err) {
    if (err instanceof TooLarge) {
      throw new InteropFileError(
        "zip_too_large",
        `The archive unpacks to more than ${ZIP_MAX_UNCOMPRESSED / 1024 / 1024} MB.`,
      );
    }
    throw new InteropFileError(
      "bad_zip",
      `The file is not a complete zip archive (${err instanceof Error ? err.message : "unreadable"}). Export it again and retry.`,
    );
  }
}
