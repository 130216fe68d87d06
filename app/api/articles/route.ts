import { headers } from "next/headers";
import { createArticle } from "@/lib/articles/create-article";
import { listArticles } from "@/lib/articles/get-article";
import { takePasteTry } from "@/lib/articles/paste-rate-limit";
import { clientAddressFrom } from "@/lib/client-address";
import { ensureDeviceId, getDeviceId } from "@/lib/device";
import { withErrors, readJson } from "@/lib/errors";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export const dynamic = "force-dynamic";

export const GET = withErrors(async () => {
  return Response.json({ articles: await listArticles({ deviceId: await getDeviceId() }) });
});

/** An anonymous paste: counted against the device and the address, then private to the device that made it. */
export const POST = withErrors(async (req: Request) => {
  const deviceId = await ensureDeviceId();
  await takePasteTry({ deviceId, address: clientAddressFrom(await headers()) });
  const article = await createArticle(await readJson(req), { deviceId });
  return Response.json(
    { id: article.id, language: article.language, questions: article._count.questions, notice: article.notice },
    { status: 201 },
  );
});

export const { PUT, PATCH, DELETE } = methodsNotAllowed(["GET", "POST"]);
