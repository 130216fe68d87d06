// Approve or un-approve one question: PUT { status: "approved" | "draft" }.
import { requireTeacher } from "@/lib/authz";
import { setQuestionStatus } from "@/lib/bank/set-status";
import { withErrors, readJson } from "@/lib/errors";
import { StatusInputSchema } from "@/lib/validation/question";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export const PUT = withErrors(async (req: Request, ctx: { params: Promise<{ id: string; questionId: string }> }) => {
  const teacher = await requireTeacher();
  const { id, questionId } = await ctx.params;
  const { status } = StatusInputSchema.parse(await readJson(req));
  return Response.json(await setQuestionStatus({ teacherId: teacher.id, articleId: id, questionId, status }));
});

export const { GET, POST, PATCH, DELETE } = methodsNotAllowed(["PUT"]);
