-- DropIndex
DROP INDEX "FingerprintBand_lang_band_value_idx";

-- CreateIndex
CREATE INDEX "FingerprintBand_lang_band_value_articleId_fingerprint_idx" ON "FingerprintBand"("lang", "band", "value", "articleId", "fingerprint");
