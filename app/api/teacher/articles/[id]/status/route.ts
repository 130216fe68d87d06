// Bulk status: POST { status, questionIds? } (no ids: every current question of the article, e.g. "approve all").
import { requireTeacher } from "@/lib/authz";
import { setQuestionsStatus } from "@/lib/bank/set-status";
import { withErrors, readJson } from "@/lib/errors";
import { BulkStatusInputSchema } from "@/lib/validation/question";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export const POST = withErrors(async (req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const teacher = await requireTeacher();
  const { id } = await ctx.params;
  const input = BulkStatusInputSchema.parse(await readJson(req));
  return Response.json(await setQuestionsStatus({ teacherId: teacher.id, articleId: id, ...input }));
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
