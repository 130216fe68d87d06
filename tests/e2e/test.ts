// The suite's `test` (issue 12): Playwright's, plus axe-core on every page the test loads — in the default page and in
// every context the test opens with `browser.newContext` (a teacher and a student side by side) — at WCAG 2.0/2.1/2.2
// A and AA. Each page is checked when it has loaded, once per path per test; a test whose pages have violations fails
// at its end with the list. Specs import { test, expect } from "./test" instead of "@playwright/test".
// AXE=0 turns the checks off (e.g. while debugging a spec), an "axe-off" annotation for one test; accessibility*.spec.ts check more states by hand (axe.ts).
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import { WCAG_TAGS } from "./axe";

export { expect };

/** "/teacher/classes/e2e1234…" and "/teacher/classes/cm9x…" are one page: ids are replaced before comparing. */
function pageKey(url: string): string | null {
  const u = new URL(url);
  if (u.protocol !== "http:" && u.protocol !== "https:") return null;
  if (/\.(csv|xlsx|zip|xml|txt|json)$/i.test(u.pathname) || u.pathname.startsWith("/api/")) return null;
  return u.pathname.replace(/\/[A-Za-z0-9_-]{12,}(?=\/|$)/g, "/:id");
}

export const test = base.extend<{ axeEveryPage: void }>({
  axeEveryPage: [
    async ({ browser, context, javaScriptEnabled }, run, testInfo) => {
      // `run`, not `use`: React's lint rules take any call named use() for the hook.
      if (process.env.AXE === "0") return run();
      const found: string[] = [];
      const pending = new Set<Promise<void>>();
      const checked = new Set<string>();
      const check = async (page: Page) => {
        const key = pageKey(page.url());
        if (!key || checked.has(key)) return;
        checked.add(key);
        try {
          const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
          for (const v of violations)
            found.push(
              `${key}: ${v.id} (${v.impact}) ×${v.nodes.length}: ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(" "))
                .join(" | ")}`,
            );
        } catch {
          // The test moved on (navigated, closed the page) while axe ran: that state is gone; the next load is checked.
          checked.delete(key);
        }
      };
      const watchPage = (page: Page) =>
        page.on("load", () => {
          const run = check(page).finally(() => pending.delete(run));
          pending.add(run);
        });
      const watch = (ctx: BrowserContext) => {
        ctx.on("page", watchPage);
        ctx.pages().forEach(watchPage);
      };
      // axe runs as a script in the page: a context without JavaScript (forms-before-hydration) is not checked.
      if (javaScriptEnabled !== false) watch(context);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args: Parameters<typeof newContext>) => {
        const ctx = await newContext(...args);
        if (args[0]?.javaScriptEnabled !== false) watch(ctx);
        return ctx;
      };
      try {
        await run();
      } finally {
        browser.newContext = newContext;
      }
      // A check of a page the test has just reloaded or closed can hang instead of failing: wait 15 s at most for the
      // checks still running, then let them go (that state is gone; the page's next load was checked).
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...pending]),
        new Promise((resolve) => (timer = setTimeout(resolve, 15_000))),
      ]);
      clearTimeout(timer);
      testInfo.annotations.push({ type: "axe", description: `${checked.size} page(s) checked` });
      // A test that breaks its page on purpose (csp.spec's injected markup) says so with an "axe-off" annotation.
      if (testInfo.annotations.some((a) => a.type === "axe-off")) return;
      expect(found, `axe (${WCAG_TAGS.join(", ")}) on the pages this test loaded:\n${found.join("\n")}`).toEqual([]);
    },
    { auto: true },
  ],
});
