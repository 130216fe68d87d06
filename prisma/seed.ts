// `npm run db:seed`: idempotent; run by `npm start` after migrations.
import { createPrismaClient } from "../lib/db-client";
import { seedSample } from "../lib/seed/sample";

const db = createPrismaClient(process.env.DATABASE_URL ?? "file:./prisma/dev.db");
try {
  const { id, created } = await seedSample(db);
  console.log(created ? `Seeded the sample article (${id}).` : `Sample article already present (${id}).`);
} finally {
  await db.$disconnect();
}
