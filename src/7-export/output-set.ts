/**
 * A set of output files written as one unit (see generation.ts): every file of the new set goes into a
 * new generation folder, and `commit` switches the folder's names to it at once. A failure, a signal or
 * kill -9 before the switch leaves the old set whole; the next run removes what was left half-made.
 */
import { mkdir, readdir, rm, symlink as fsSymlink } from 'node:fs/promises';
import path from 'node:path';
import { carryOver, dropOldGenerations, newGeneration, removeStale, switchTo, type Cleaned, type SymlinkFunction } from './generation.js';
import { inPlaceWarning, linkRefusal, placeInPlace } from './in-place.js';
import { lockOutputDir, releaseAllLocks, STATE_DIR, type OutputLock } from './output-lock.js';
import { linkTopLevelNames, removeDeadLinks } from './output-links.js';
import { ExportError } from './types.js';
import { removePendingTemporaries, trackTemporary, writeContent, writesUnderWay, type FileContent } from './write.js';

/** A new set of files under way in an output folder (held under the folder's lock). */
export interface OutputSet {
  /** The output folder (absolute). */
  readonly dir: string;
  /** What the opening removed: generations and temporaries that killed runs left. */
  readonly cleaned: Cleaned;
  /** The pid of a killed run whose lock was taken over. */
  readonly tookOverFrom?: number;
  /** Write one file of the new set (`name` relative to the folder); returns the path readers will open. */
  add(name: string, content: FileContent): Promise<string>;
  /** Take files back out of the new set (a format that failed midway). */
  drop(names: readonly string[]): Promise<void>;
  /**
   * Switch the folder to the new set, in one rename; files of the old set that the new one does not
   * write (other formats) go on into it. Returns the paths written. Nothing can be added after.
   */
  commit(): Promise<string[]>;
  /** Give up the new set: the old one stays, whole. */
  abandon(): Promise<void>;
}

/** Options of {@link openOutputSet}. */
export interface OutputSetOptions {
  /** How symbolic links are made [`fs.promises.symlink`]: tests give one that refuses, as Windows does. */
  symlink?: SymlinkFunction;
  /**
   * Told when the set cannot be switched atomically (no symbolic links in this folder: its files are
   * written in place) [`process.emitWarning`].
   */
  onWarning?: (message: string) => void;
}

/** Folders this process switched to a new set, so a signal handler can say what happened. */
const switched = new Set<string>();
/** Folders whose files this process is moving in place one by one (no links there): an interruption leaves a mix. */
const placing = new Set<string>();

/** Locks under which the folder was cleaned already: a holder cleans once (the CLI when it claims the folder, not again in writeExports). */
const cleanedUnder = new WeakSet<OutputLock>();

/** Remove what killed runs left in the lock's folder (see `removeStale`), once per holding of the lock. */
export function removeStaleOnce(lock: OutputLock): Cleaned {
  if (cleanedUnder.has(lock)) return { entries: 0, bytes: 0 };
  cleanedUnder.add(lock);
  return removeStale(lock.dir);
}

/** Resolve `name` inside `dir`, refusing names that would escape it or reach into the state folder. */
function exportPath(dir: string, name: string): string {
  const target = path.resolve(dir, name);
  if (path.isAbsolute(name) || !target.startsWith(dir + path.sep)) {
    throw new ExportError('write', `file name ${JSON.stringify(name)} is outside the output directory`);
  }
  if (path.relative(dir, target).split(path.sep)[0] === STATE_DIR) throw new ExportError('write', `file name ${JSON.stringify(name)} is in the writer's own folder ${STATE_DIR}`);
  return target;
}

/**
 * Make the new set in `generation` the folder's: links of its names into `current`, then one rename of
 * `current` (`switchedIn` is called once the new set is in place; old generations go after). Where links
 * cannot be made, the files are moved to their names one by one instead, with a warning.
 */
async function switchIn(root: string, generation: string, options: OutputSetOptions, switchedIn: () => void): Promise<void> {
  const symlink = options.symlink ?? fsSymlink;
  const refused = await linkRefusal(path.join(root, STATE_DIR), symlink);
  if (refused === undefined) {
    await linkTopLevelNames(root, await readdir(generation), symlink);
    await switchTo(root, generation, symlink);
  } else {
    (options.onWarning ?? ((message: string) => process.emitWarning(message)))(inPlaceWarning(root, refused));
    placing.add(root);
    try {
      await placeInPlace(root, generation);
    } finally {
      placing.delete(root);
    }
    // A folder that had links before: its `current` goes, and with it the links of the old set.
    await rm(path.join(root, STATE_DIR, 'current'), { force: true });
  }
  switched.add(root);
  switchedIn();
  await dropOldGenerations(root);
  await removeDeadLinks(root);
}

/**
 * Open a new set in output folder `dir` (created if needed): takes the folder's lock (refused while
 * another run holds it) and removes what killed runs left behind.
 */
export async function openOutputSet(dir: string, options: OutputSetOptions = {}): Promise<OutputSet> {
  const lock = lockOutputDir(dir);
  const root = lock.dir;
  let generation: string;
  let cleaned: Cleaned;
  try {
    cleaned = removeStaleOnce(lock);
    generation = await newGeneration(root);
  } catch (error) {
    lock.release();
    throw error;
  }
  trackTemporary(generation, true);
  const written: string[] = [];
  let open = true;
  const close = () => {
    open = false;
    trackTemporary(generation, false);
    lock.release();
  };
  return {
    dir: root,
    cleaned,
    ...(lock.tookOverFrom === undefined ? {} : { tookOverFrom: lock.tookOverFrom }),
    async add(name, content) {
      if (!open) throw new ExportError('write', 'the output set is already committed or abandoned');
      const relative = path.relative(root, exportPath(root, name));
      await mkdir(path.dirname(path.join(generation, relative)), { recursive: true });
      written.push(relative);
      await writeContent(path.join(generation, relative), content);
      return path.join(root, relative);
    },
    async drop(names) {
      for (const name of names) {
        const relative = path.relative(root, path.resolve(root, name));
        const at = written.indexOf(relative);
        if (at < 0) continue; // refused by `add`: never written
        await rm(path.join(generation, relative), { force: true });
        written.splice(at, 1);
      }
    },
    async commit() {
      if (!open) throw new ExportError('write', 'the output set is already committed or abandoned');
      let done = false;
      try {
        await carryOver(root, generation, new Set(written));
        await switchIn(root, generation, options, () => {
          done = true;
          trackTemporary(generation, false);
        });
      } catch (error) {
        if (!done) await rm(generation, { recursive: true, force: true });
        throw error;
      } finally {
        close();
      }
      return written.map((relative) => path.join(root, relative));
    },
    async abandon() {
      if (!open) return;
      await rm(generation, { recursive: true, force: true });
      close();
    },
  };
}

/**
 * For a signal handler, before the process exits: remove the sets under way (the old sets stay whole)
 * and release the locks. Says what happened: `'abandoned'` (a set under way was removed, the old one
 * stays), `'mixed'` (files were being moved in place one by one, where no links can be made),
 * `'switched'` (the new set was already in place), or `'none'` (no write had begun).
 */
export function abandonWrites(): 'abandoned' | 'mixed' | 'switched' | 'none' {
  const mixed = placing.size > 0;
  const underWay = writesUnderWay();
  removePendingTemporaries();
  releaseAllLocks();
  return mixed ? 'mixed' : underWay ? 'abandoned' : switched.size > 0 ? 'switched' : 'none';
}

/**
 * Write files under `dir` as one set (see {@link openOutputSet}): a failure while making or writing
 * any of them (a bad name, a piece that throws, a full disk) leaves every file as it was. `files` may
 * be a lazy iterable, each file's content made only when its turn comes. Returns the written paths.
 */
export async function writeFiles(dir: string, files: Iterable<{ name: string; content: FileContent }>, options: OutputSetOptions = {}): Promise<string[]> {
  const set = await openOutputSet(dir, options);
  try {
    for (const file of files) await set.add(file.name, file.content);
  } catch (error) {
    await set.abandon();
    throw error;
  }
  return set.commit();
}
