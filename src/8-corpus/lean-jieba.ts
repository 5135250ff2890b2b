/**
 * jieba loaded for cutting only, in an extraction worker: its own segmentation dictionaries, and
 * one-line stand-ins for the keyword extractor's IDF table and stop words (dictionaries/jieba/).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { defaultDictionaryDir } from '../dictionary/load.js';

interface JiebaLoader {
  load(files: { idfDict: string; stopWordDict: string }): boolean;
}

/** The stand-in files: `word value` for the IDF table, one word for the stop words (nodejieba asserts both non-empty). */
export function keywordStandIns(): { idfDict: string; stopWordDict: string } {
  const dir = join(defaultDictionaryDir(), 'jieba');
  return { idfDict: join(dir, 'keyword-idf.utf8'), stopWordDict: join(dir, 'keyword-stop-words.utf8') };
}

/**
 * Loads jieba (once per thread, before anything cuts) with the stand-ins of `keywordStandIns`.
 * nodejieba always builds a keyword extractor from a 6 MB IDF table, about 20 MB of memory in every
 * worker that the extractor never uses: only `cut` is called, and it reads the segmentation
 * dictionaries and the HMM model, which stay jieba's defaults. The tokenizer's later `require`
 * gets this same, loaded, module. Without the stand-ins (a package missing them) jieba is left to
 * load its defaults when first used: nodejieba aborts the whole process on a file it cannot open.
 */
export function loadJiebaForCutting(): void {
  const files = keywordStandIns();
  if (!existsSync(files.idfDict) || !existsSync(files.stopWordDict)) return;
  (createRequire(import.meta.url)('nodejieba') as JiebaLoader).load(files);
}
