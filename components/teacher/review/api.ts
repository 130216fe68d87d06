// Calls the teacher bank's route handlers and turns any failure into { code, message } for the review screen.
export type ApiResult<T> = { ok: true; data: T } | { ok: false; code: string; message: string };

export async function callApi<T>(url: string, method: string, body?: unknown): Promise<ApiResult<T>> {
  try {
    const res = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = (await res.json().catch(() => null)) as (T & { error?: { code: string; message: string } }) | null;
    if (res.ok && data) return { ok: true, data };
    return { ok: false, code: data?.error?.code ?? "unknown", message: data?.error?.message ?? "" };
  } catch {
    return { ok: false, code: "network", message: "" };
  }
}

export const bankUrl = (articleId: string, ...rest: string[]) =>
  ["/api/teacher/articles", encodeURIComponent(articleId), ...rest.map(encodeURIComponent)].join("/");
