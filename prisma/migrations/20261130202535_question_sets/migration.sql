-- Question sets (issue 13): an Article row of kind "set" holds imported questions that have no source text.
-- Written by hand as one ADD COLUMN (Prisma's diff rebuilt the whole table, copying every article body): SQLite adds a
-- NOT NULL column with a constant default in place, and the resulting table matches the schema.
ALTER TABLE "Article" ADD COLUMN "kind" TEXT NOT NULL DEFAULT 'article';
