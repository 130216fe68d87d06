import { deleteDeviceArticle } from "@/lib/articles/delete-article";
import { getDeviceId } from "@/lib/device";
import { errorResponse } from "@/lib/errors";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export const dynamic = "force-dynamic";

/** Deletes this device's own paste; any other article is a 404. */
export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    await deleteDeviceArticle({ articleId: (await params).id, deviceId: await getDeviceId() });
    return new Response(null, { status: 204 });
  } catch (err) {
    return errorResponse(err);
  }
}

export const { GET, POST, PUT, PATCH } = methodsNotAllowed(["DELETE"]);
