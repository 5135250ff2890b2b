/**
 * Helpers of the pool tests: the worker module bundled from the CURRENT sources (vitest runs
 * TypeScript, a worker thread cannot), so pool and in-thread results come from the same code.
 */
import { mkdirSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

// In the checkout itself, not under node_modules/: when node_modules is a link to another checkout's,
// a bundle there would find THAT checkout's dictionaries/.
const CACHE = path.resolve('.cache/shiting-kg-test');

/**
 * Bundle `entry` (a worker module in TypeScript) to .cache/shiting-kg-test/, with the packages left
 * external, and return its path. Inside the repository, the bundle finds `dictionaries/` and
 * `node_modules/` as dist/worker.js does.
 */
export async function bundleWorker(entry = 'src/8-corpus/worker.ts'): Promise<string> {
  mkdirSync(CACHE, { recursive: true });
  const outfile = path.join(CACHE, `${path.basename(entry, '.ts')}-${process.pid}-${Date.now()}.mjs`);
  await build({
    entryPoints: [path.resolve(entry)],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent',
  });
  return outfile;
}

/** Delete a bundle of `bundleWorker` (and its folder when it is empty). */
export function removeBundle(file: string | undefined): void {
  if (file === undefined) return;
  rmSync(file, { force: true });
  try {
    rmdirSync(CACHE);
  } catch {
    // other test files' bundles are still there
  }
}

/** Short news items written for these tests (none from the project's corpus or gold). */
export const DOCUMENTS = [
  `国家广播电视总局召开网络视听工作座谈会
2024年3月15日
3月14日，国家广播电视总局在北京召开网络视听工作座谈会。国家广播电视总局局长曹淑敏出席会议并讲话。中国网络视听协会、爱奇艺、腾讯视频、优酷等单位负责人参加会议。
会议指出，要推动微短剧健康发展，加强对网络剧《繁花》等优秀作品的宣传推广。`,
  `芒果TV与湖南广播电视台签署合作协议
2024年5月20日
5月18日，芒果TV与湖南广播电视台在长沙签署战略合作协议。湖南广播电视台党委书记、台长张华立出席签约仪式。双方将联合出品电视剧《山花烂漫时》。`,
  `中国网络视听协会发布年度报告
2024年3月28日
3月27日，中国网络视听协会在成都发布《中国网络视听发展研究报告（2024）》。报告显示，网络视听用户规模达10.74亿人。中国网络视听协会常务副会长周结出席发布会。
会上，国家广播电视总局网络视听节目管理司司长冯胜勇作主旨演讲。`,
  `爱奇艺出品网络电影《怒潮》
2024年7月2日
爱奇艺出品的网络电影《怒潮》于6月30日上线。该片由北京爱奇艺科技有限公司联合出品，在爱奇艺独家播出。`,
  `总台举办中国网络视听大会分论坛
2024年4月1日
3月29日，中央广播电视总台在成都举办中国网络视听大会分论坛。中央广播电视总台副台长邢博出席并致辞。`,
];
