import { deleteDeviceArticle } from "@/lib/articles/delete-article";
import { getDeviceId } from "@/lib/device";
import { withErrors } from "@/lib/errors";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export const dynamic = "force-dynamic";

/** Deletes this device's own paste; any other article is a 404. */
export const DELETE = withErrors(async (_req: Request, { params }: { params: Promise<{ id: string }> }) => {
  await deleteDeviceArticle({ articleId: (await params).id, deviceId: await getDeviceId() });
  return new Response(null, { status: 204 });
});

export const { GET, POST, PUT, PATCH } = methodsNotAllowed(["DELETE"]);
