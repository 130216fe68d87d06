// Shared by playwright.config.ts and the specs: where the e2e server's own database lives.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
export const E2E_DB = "tmp/e2e.db";
