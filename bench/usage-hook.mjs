/**
 * Loaded with `node --import` into the CLI by bench/cli-scale.mjs: at exit, writes the process's
 * resource usage (maxRSS in KiB for the whole process, worker threads included; CPU times in µs) to
 * the file named by SHITING_KG_USAGE_FILE.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.SHITING_KG_USAGE_FILE;
if (file) process.on('exit', () => writeFileSync(file, JSON.stringify(process.resourceUsage())));
