// Screenshots of the main pages in English and Arabic, desktop and phone, for a person to look at:
// `npx tsx scripts/screenshots.ts http://127.0.0.1:3210 tmp/screens` against a running server.
import fs from "node:fs";
import path from "node:path";
import { chromium, devices, type Browser, type Page } from "@playwright/test";

const base = process.argv[2] ?? "http://127.0.0.1:3210";
const out = process.argv[3] ?? "tmp/screens";
fs.mkdirSync(out, { recursive: true });

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: path.join(out, `${name}.png`), fullPage: false });
  console.log(path.join(out, `${name}.png`));
}

async function run(browser: Browser, locale: "en" | "ar", device: "desktop" | "phone") {
  const ctx = await browser.newContext(device === "phone" ? { ...devices["Pixel 7"] } : { viewport: { width: 1280, height: 860 } });
  await ctx.addCookies([{ name: "NEXT_LOCALE", value: locale, url: base }]);
  const page = await ctx.newPage();
  const tag = `${locale}-${device}`;
  await page.goto(`${base}/`);
  await shoot(page, `${tag}-1-home`);
  await page.locator(".article-list a").last().click();
  await page.waitForURL(/\/articles\//);
  await page.locator(".question-card button").nth(1).focus();
  await shoot(page, `${tag}-2-article`);
  await page.locator("main form button[type=submit]").first().click();
  await page.waitForURL(/\/attempts\//);
  await shoot(page, `${tag}-3-question`);
  await page.locator(".choice").first().click().catch(() => undefined);
  await page.locator("form.card button[type=submit]").click().catch(() => undefined);
  await page.waitForTimeout(800);
  await shoot(page, `${tag}-4-feedback`);
  await page.goto(`${base}/articles/new`);
  await page.locator("main form button[type=submit]").click();
  await shoot(page, `${tag}-5-new-errors`);
  await ctx.close();
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
try {
  for (const locale of ["en", "ar"] as const) for (const device of ["desktop", "phone"] as const) await run(browser, locale, device);
} finally {
  await browser.close();
}
