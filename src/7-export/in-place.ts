/**
 * Output folders where symbolic links cannot be made (Windows without developer mode refuses them
 * with EPERM; some file systems do not have them): a set cannot be switched in by one rename of a
 * link there, so its files are moved to their names one by one instead. The caller warns that the
 * set is then not switched atomically: a reader meanwhile, or an interruption, can see a mix.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, unlink } from 'node:fs/promises';
import path from 'node:path';
import { filesUnder, isOurLink, type SymlinkFunction } from './generation.js';

/** Error codes by which a system says it makes no symbolic links (here, or for this user). */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EINVAL']);

/**
 * Whether `symlink` can make a link in the state folder `stateDir`: the code it was refused with, or
 * undefined when it can. Other errors (a full disk) are thrown. The probe is named like a folder moved
 * aside (`trash-…`), so a run killed meanwhile leaves nothing the next run does not remove.
 */
export async function linkRefusal(stateDir: string, symlink: SymlinkFunction): Promise<string | undefined> {
  const probe = path.join(stateDir, `trash-probe-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await symlink('current', probe);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== undefined && NO_LINKS.has(code)) return code;
    throw error;
  }
  await rm(probe, { force: true });
  return undefined;
}

/** The warning of a folder written in place. */
export const inPlaceWarning = (dir: string, code: string) =>
  `shiting-kg: ${dir}: symbolic links cannot be made here (${code}; on Windows, developer mode allows them): the files are written in place, one by one, so this set is not switched atomically (a reader meanwhile, or an interruption, can find old and new files mixed)`;

/**
 * Move every file of `generation` to its name in `dir`, one by one, over what is there. A top-level
 * name that is still a link of an earlier run (`neo4j → .shiting-kg/current/neo4j`) is removed first,
 * so the folder's own files take its place.
 */
export async function placeInPlace(dir: string, generation: string): Promise<void> {
  for (const relative of await filesUnder(generation)) {
    const target = path.join(dir, relative);
    const top = path.join(dir, relative.split(path.sep)[0]!);
    if (top !== target && (await isOurLink(top))) await unlink(top);
    await mkdir(path.dirname(target), { recursive: true });
    await rename(path.join(generation, relative), target);
  }
}
