import { isContentLanguage, type ContentLanguage } from "@/lib/domain/vocabulary";

// eld ships as ES modules only; a dynamic import loads it from CommonJS (tsx scripts) and ESM alike.
let detector: Promise<typeof import("eld/medium").eld> | null = null;
const loadDetector = () => (detector ??= import("eld/medium").then((m) => m.eld));

export interface Detection {
  /** en, uk or ru; null when the text is in none of them (or too short to tell) */
  lang: ContentLanguage | null;
  /** what the detector thinks it is, as an ISO 639-1 code, even when it is not one of ours */
  guess: string | null;
}

/**
 * Which of English, Ukrainian and Russian a text is in, by the Efficient Language
 * Detector (n-grams over 60 languages), so that Bulgarian or German is not taken for
 * one of ours. On short texts the scores of related languages come close: one of
 * ours within 3% of the best guess is taken ("Кубинские врачи" scores Bulgarian a
 * hair above Russian).
 */
export async function detectLanguage(text: string): Promise<Detection> {
  const eld = await loadDetector();
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const result = eld.detect(sample);
  const scores = Object.entries(result.getScores()).sort((a, b) => b[1] - a[1]);
  const [best] = scores;
  if (!best) return { lang: null, guess: null };
  if (isContentLanguage(best[0])) return { lang: best[0], guess: best[0] };
  const close = scores.find(([code, score]) => isContentLanguage(code) && score >= best[1] * 0.97);
  return { lang: close ? (close[0] as ContentLanguage) : null, guess: best[0] };
}
