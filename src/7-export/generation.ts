/**
 * An output folder's sets of files as generations: each run writes its whole set into a new folder
 * `.shiting-kg/gen-…`, and one rename of the symbolic link `.shiting-kg/current` switches readers from
 * the old set to the new one. The names a reader opens (`graph.json`, `neo4j/`) are links that never
 * change: `graph.json → .shiting-kg/current/graph.json`. Whenever the process stops (a signal, kill -9,
 * a full disk), `current` names either the complete old set or the complete new one.
 */
import { randomBytes } from 'node:crypto';
import { lstatSync, readdirSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { link, mkdir, readdir, readlink, rename, rm, symlink as fsSymlink } from 'node:fs/promises';
import path from 'node:path';
import { STATE_DIR } from './output-lock.js';

const CURRENT = 'current';
const GENERATION = /^gen-[0-9a-z-]+$/;
/** Temporaries of the writer of earlier versions, which renamed files one by one: `.graph.json.<pid>.<hex>.tmp`. */
const OLD_TEMPORARY = /^\..+\.\d+\.[0-9a-f]{12}\.tmp$/;

const state = (dir: string) => path.join(dir, STATE_DIR);

/** The generation folder `current` names (absolute), or undefined before the first set. */
export function currentGeneration(dir: string): string | undefined {
  try {
    return path.join(state(dir), readlinkSync(path.join(state(dir), CURRENT)));
  } catch {
    return undefined;
  }
}

/** A new, empty generation folder for a set being written. */
export async function newGeneration(dir: string): Promise<string> {
  const name = `gen-${Date.now().toString(36)}-${process.pid}-${randomBytes(4).toString('hex')}`;
  const generation = path.join(state(dir), name);
  await mkdir(generation, { recursive: true });
  return generation;
}

/** Bytes under `target` (a file or folder), for the message about what a cleaning removed. */
function sizeOf(target: string): number {
  const info = lstatSync(target, { throwIfNoEntry: false });
  if (info === undefined) return 0;
  if (!info.isDirectory()) return info.size;
  return readdirSync(target).reduce((sum, name) => sum + sizeOf(path.join(target, name)), 0);
}

/** Whether `name` in the state folder is a generation other than `current` (an old set, or a killed run's). */
const isOldGeneration = (dir: string, name: string, current: string | undefined) => GENERATION.test(name) && path.join(state(dir), name) !== current;

/** What a cleaning took away. */
export interface Cleaned {
  entries: number;
  bytes: number;
}

/**
 * Remove what killed runs left in `dir` (call it holding the lock): generations other than the current
 * one, half-made `current` links, and the hidden temporaries of earlier versions' writer.
 */
export function removeStale(dir: string): Cleaned {
  const cleaned: Cleaned = { entries: 0, bytes: 0 };
  const remove = (target: string) => {
    cleaned.bytes += sizeOf(target);
    cleaned.entries++;
    rmSync(target, { recursive: true, force: true });
  };
  const current = currentGeneration(dir);
  for (const name of readdirSync(state(dir))) {
    if (isOldGeneration(dir, name, current) || name.startsWith(`${CURRENT}.`) || name.startsWith('trash-')) remove(path.join(state(dir), name));
  }
  for (const folder of [dir, path.join(dir, 'neo4j')]) {
    const names = statSync(folder, { throwIfNoEntry: false })?.isDirectory() ? readdirSync(folder) : [];
    for (const name of names) if (OLD_TEMPORARY.test(name)) remove(path.join(folder, name));
  }
  return cleaned;
}

/** How a symbolic link is made (`fs.promises.symlink`; a test gives one that throws EPERM, as Windows does without developer mode). */
export type SymlinkFunction = (target: string, path: string) => Promise<void>;

/** Every file under `root`, as paths relative to it. */
export async function filesUnder(root: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(root, prefix), { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const relative = path.join(prefix, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(root, relative)));
    else files.push(relative);
  }
  return files;
}

/**
 * Files of the current set that the new one does not write (formats not asked for this time, or that
 * failed) go on into it, as hard links: the old files are never changed, so linking them costs nothing.
 */
export async function carryOver(dir: string, generation: string, written: ReadonlySet<string>): Promise<string[]> {
  const current = currentGeneration(dir);
  if (current === undefined) return [];
  const kept = (await filesUnder(current)).filter((file) => !written.has(file));
  for (const file of kept) {
    await mkdir(path.dirname(path.join(generation, file)), { recursive: true });
    await link(path.join(current, file), path.join(generation, file));
  }
  return kept;
}

/** Switch `current` to `generation` in one rename: the moment the new set replaces the old. */
export async function switchTo(dir: string, generation: string, symlink: SymlinkFunction = fsSymlink): Promise<void> {
  const temporary = path.join(state(dir), `${CURRENT}.${process.pid}.${randomBytes(4).toString('hex')}`);
  await symlink(path.basename(generation), temporary);
  await rename(temporary, path.join(state(dir), CURRENT));
}

/** Remove the generations `current` no longer names (after a switch). */
export async function dropOldGenerations(dir: string): Promise<void> {
  const current = currentGeneration(dir);
  for (const name of await readdir(state(dir))) {
    if (isOldGeneration(dir, name, current)) await rm(path.join(state(dir), name), { recursive: true, force: true });
  }
}

/** The link target of a top-level name: `.shiting-kg/current/<name>`. */
export const linkTarget = (name: string) => path.join(STATE_DIR, CURRENT, name);

/** Whether `full` is a link into the state folder (a name this writer made), not a user's file. */
export async function isOurLink(full: string): Promise<boolean> {
  const target = await readlink(full).catch(() => undefined);
  return target !== undefined && target.startsWith(path.join(STATE_DIR, CURRENT) + path.sep);
}
