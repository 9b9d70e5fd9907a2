-- AlterTable
ALTER TABLE "Annotation" ADD COLUMN "canonical" TEXT;
ALTER TABLE "Annotation" ADD COLUMN "via" TEXT;

