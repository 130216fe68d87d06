// POST a question file (multipart: file, mode=preview|save, setTitle) into the teacher's bank: each question goes into
// the article whose text holds its evidence, the rest into a new question set (lib/interop/import-request.ts).
import { handleImportRequest } from "@/lib/interop/import-request";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export const dynamic = "force-dynamic";

export async function POST(req: Request) {
  return handleImportRequest(req, async () => ({ bank: true }));
}

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
