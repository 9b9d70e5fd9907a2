import fs from "node:fs";
import path from "node:path";
import { normalizeText } from "@/lib/text/normalize";
import { demoSchema, type Demo } from "./demo-schema";

export const SEED_DIR = path.join(process.cwd(), "prisma", "seed-data");

export interface DemoCorpus {
  demo: Demo;
  /** stored (normalised) text of each article, by file name */
  texts: Map<string, string>;
}

/** Reads and validates the demo corpus; throws with the offending path on a bad file. */
export function loadDemoCorpus(dir: string = SEED_DIR): DemoCorpus {
  const demo = demoSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, "demo.json"), "utf8")));
  const texts = new Map<string, string>();
  for (const article of demo.articles) {
    texts.set(article.file, normalizeText(fs.readFileSync(path.join(dir, "articles", article.file), "utf8")));
  }
  return { demo, texts };
}
