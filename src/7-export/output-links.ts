/**
 * The names a reader opens in an output folder (`graph.json`, `neo4j/`): links into the current
 * generation (`graph.json → .shiting-kg/current/graph.json`), made once and never changed after, so
 * switching `current` switches every name at once.
 */
import { randomBytes } from 'node:crypto';
import { link, lstat, mkdir, readdir, rename, rm, stat, symlink as fsSymlink } from 'node:fs/promises';
import path from 'node:path';
import { currentGeneration, isOurLink, linkTarget, newGeneration, switchTo, type SymlinkFunction } from './generation.js';
import { STATE_DIR } from './output-lock.js';

/** Hard-link the file or folder `from` to `to` (a folder's files one by one). */
async function linkTree(from: string, to: string): Promise<void> {
  if (!(await stat(from)).isDirectory()) {
    await link(from, to);
    return;
  }
  await mkdir(to, { recursive: true });
  for (const name of await readdir(from)) await linkTree(path.join(from, name), path.join(to, name));
}

/** Names of `names` that are in `dir` as something other than this writer's link (files of an earlier version's writer). */
async function plainNames(dir: string, names: readonly string[]): Promise<string[]> {
  const plain: string[] = [];
  for (const name of names) {
    const info = await lstat(path.join(dir, name)).catch(() => undefined);
    if (info !== undefined && !(await isOurLink(path.join(dir, name)))) plain.push(name);
  }
  return plain;
}

/**
 * A folder written by an earlier version holds the files themselves. Before they become links, they
 * are taken into a first generation (hard links: same bytes), so a reader meanwhile sees the old set.
 */
async function adoptPlainFiles(dir: string, plain: readonly string[], symlink: SymlinkFunction): Promise<void> {
  if (plain.length === 0 || currentGeneration(dir) !== undefined) return;
  const generation = await newGeneration(dir);
  for (const name of plain) await linkTree(path.join(dir, name), path.join(generation, name));
  await switchTo(dir, generation, symlink);
}

/** Replace `full` by a link to `.shiting-kg/current/<name>` (a folder is moved into the state folder first). */
async function replaceByLink(dir: string, name: string, symlink: SymlinkFunction): Promise<void> {
  const full = path.join(dir, name);
  const temporary = path.join(dir, STATE_DIR, `link-${process.pid}-${randomBytes(4).toString('hex')}`);
  await symlink(linkTarget(name), temporary);
  const info = await lstat(full).catch(() => undefined);
  if (info?.isDirectory()) await rename(full, path.join(dir, STATE_DIR, `trash-${randomBytes(4).toString('hex')}`));
  await rename(temporary, full);
}

/**
 * Make every top-level name of a new set a link into `current`, before the switch: a name new to this
 * set points at nothing until the switch (as it was absent), and names that stay keep pointing at the
 * same place. Files an earlier version wrote plainly are adopted first.
 */
export async function linkTopLevelNames(dir: string, names: readonly string[], symlink: SymlinkFunction = fsSymlink): Promise<void> {
  await adoptPlainFiles(dir, await plainNames(dir, names), symlink);
  for (const name of names) {
    if (!(await isOurLink(path.join(dir, name)))) await replaceByLink(dir, name, symlink);
  }
}

/** After a switch: links to names the current set does not have, and folders moved aside, go. */
export async function removeDeadLinks(dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    const full = path.join(dir, name);
    if ((await isOurLink(full)) && (await stat(full).catch(() => undefined)) === undefined) await rm(full, { force: true });
  }
  for (const name of await readdir(path.join(dir, STATE_DIR))) {
    if (name.startsWith('trash-')) await rm(path.join(dir, STATE_DIR, name), { recursive: true, force: true });
  }
}
