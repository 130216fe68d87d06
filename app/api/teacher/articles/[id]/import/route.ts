// POST a question file (multipart: file, mode=preview|save, unmatched=set|here, setTitle) into one of the teacher's
// articles or question sets (lib/interop/import-request.ts).
import { handleImportRequest } from "@/lib/interop/import-request";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export const dynamic = "force-dynamic";

export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleImportRequest(req, async () => ({ articleId: (await params).id }));
}

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
