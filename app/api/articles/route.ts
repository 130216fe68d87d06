import { createArticle } from "@/lib/articles/create-article";
import { listArticles } from "@/lib/articles/get-article";
import { errorResponse, readJson } from "@/lib/errors";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    return Response.json({ articles: await listArticles() });
  } catch (err) {
    return errorResponse(err);
  }
}

export async function POST(req: Request) {
  try {
    const article = await createArticle(await readJson(req));
    return Response.json(
      { id: article.id, language: article.language, questions: article._count.questions, notice: article.notice },
      { status: 201 },
    );
  } catch (err) {
    return errorResponse(err);
  }
}
