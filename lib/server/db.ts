import "server-only";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";

// One client per server process; in development it survives hot reloads on globalThis.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? createPrismaClient();

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;
