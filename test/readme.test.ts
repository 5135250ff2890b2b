/**
 * The README's examples run: every ```js block of the README (with `shiting-kg` read from src/) and
 * every `shiting-kg …` command line of its ```sh blocks, on the demo's input (examples/corpus) and
 * output (out/, written by the README's own extract line, in a temporary folder).
 */
import * as fs from 'node:fs';
import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';
import { cli } from './cli/helpers.js';

const README = readFileSync(path.resolve('README.md'), 'utf8');
const blocks = (lang: string) => [...README.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);

/** The command lines: `shiting-kg …` in the sh blocks, without the comment after them. */
const commands = blocks('sh').flatMap((block) => block.split('\n')).map((line) => line.replace(/\s+#.*$/, '').trim()).filter((line) => line.startsWith('shiting-kg '));
/** The library examples, with their imports turned into reads of the modules. */
const programs = blocks('js').map((code) => code
  .replace(/import \{([^}]*)\} from 'shiting-kg';/g, 'const {$1} = lib;')
  .replace(/import \{([^}]*)\} from 'node:fs';/g, 'const {$1} = fs;'));

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<unknown>;

describe('the README', () => {
  let cwd: string;
  beforeAll(() => {
    cwd = mkdtempSync(path.join(tmpdir(), 'shiting-kg-readme-'));
    symlinkSync(path.resolve('examples'), path.join(cwd, 'examples'));
  });

  it('has examples of both kinds', () => {
    expect(commands.length).toBeGreaterThanOrEqual(5);
    expect(programs.length).toBeGreaterThanOrEqual(2);
  });

  it.each(programs.map((code, i) => [i + 1, code] as const))('library example %i runs', async (_n, code) => {
    await expect(new AsyncFunction('lib', 'fs', code)(lib, fs)).resolves.toBeUndefined();
  });

  // In order: the extract line writes out/, which the query lines read.
  it('runs every command line, in order, each with exit code 0 and output', async () => {
    for (const line of commands) {
      const result = await cli(line.split(/\s+/).slice(1), cwd);
      expect({ line, code: result.code, stderr: result.stderr }).toEqual({ line, code: 0, stderr: '' });
      expect(result.stdout.length, line).toBeGreaterThan(0);
    }
  });
});
