// One article's question bank: list it (filters ?type=&status=), or add a question by hand.
import { requireTeacher } from "@/lib/authz";
import { addQuestion } from "@/lib/bank/add-question";
import { listQuestions } from "@/lib/bank/list-questions";
import { withErrors, readJson } from "@/lib/errors";
import { BankFilterSchema } from "@/lib/validation/question";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export const dynamic = "force-dynamic";

export const GET = withErrors(async (req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const teacher = await requireTeacher();
  const { id } = await ctx.params;
  const sp = new URL(req.url).searchParams;
  const filters = BankFilterSchema.parse({ type: sp.get("type") ?? undefined, status: sp.get("status") ?? undefined });
  return Response.json({ questions: await listQuestions({ teacherId: teacher.id, articleId: id, ...filters }) });
});

export const POST = withErrors(async (req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const teacher = await requireTeacher();
  const { id } = await ctx.params;
  const question = await addQuestion({ teacherId: teacher.id, articleId: id, input: await readJson(req) });
  return Response.json({ question }, { status: 201 });
});

export const { PUT, PATCH, DELETE } = methodsNotAllowed(["GET", "POST"]);
