// Regenerate the drafts: POST { count?, types? }. Approved and answered questions are kept.
import { requireTeacher } from "@/lib/authz";
import { regenerateQuestions } from "@/lib/bank/regenerate-questions";
import { withErrors, readJson } from "@/lib/errors";
import { RegenerateInputSchema } from "@/lib/validation/question";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export const POST = withErrors(async (req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const teacher = await requireTeacher();
  const { id } = await ctx.params;
  const input = RegenerateInputSchema.parse(await readJson(req));
  return Response.json(await regenerateQuestions({ teacherId: teacher.id, articleId: id, ...input }));
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
