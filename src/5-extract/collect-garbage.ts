/**
 * A full garbage collection between the chunks of a long text. Each chunk's structures (its tokens,
 * mentions, candidates) live for the whole of its work, so V8 promotes them to the old generation,
 * where they stay after the chunk as garbage until the old generation reaches V8's growth limit. That
 * limit follows the caller's live heap at the last full collection, not the chunk's: measured on
 * bench/hostile.mjs's 5 M characters without punctuation (`node --trace-gc`), 430 MB of chunks' garbage
 * piled up on 174 MB of the caller's data before the first collection, for a peak of 1 GB; the chunks'
 * own live data is ~35 MB. Collecting between chunks keeps the heap at the caller's data plus one chunk.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

/** V8's `gc()`, or null where it cannot be had; undefined until first asked for. */
let gc: (() => void) | null | undefined;

/**
 * V8's `gc()`: the global one under `node --expose-gc`, else one taken from a new context with the
 * flag turned on for that moment only (the main context's globals are not changed).
 */
function obtainGc(): (() => void) | null {
  const global = (globalThis as { gc?: unknown }).gc;
  if (typeof global === 'function') return global as () => void;
  try {
    v8.setFlagsFromString('--expose-gc');
    const fromContext: unknown = vm.runInNewContext('gc');
    return typeof fromContext === 'function' ? (fromContext as () => void) : null;
  } catch {
    return null;
  } finally {
    v8.setFlagsFromString('--no-expose-gc');
  }
}

/** Collect the garbage of the chunk just extracted (a no-op where V8's gc cannot be had). */
export function collectGarbage(): void {
  gc ??= obtainGc();
  gc?.();
}
