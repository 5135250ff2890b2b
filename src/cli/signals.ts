/**
 * SIGINT and SIGTERM, handled alike from the first moment of the process (this module is imported
 * before any other, so a signal during start-up finds the handler too): the outputs are one set
 * switched in by one rename, so whatever the moment, the folder holds a complete set. The set under
 * way and the lock are taken away, a line says which set is there, and the process stops.
 */
import { abandonWrites } from '../7-export/output-set.js';

const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    const what = abandonWrites();
    const outcome = what === 'switched' ? 'the new outputs were already in place'
      : what === 'mixed' ? 'the outputs were being written in place (no symbolic links in that folder): some files are new, some old'
      : what === 'abandoned' ? 'the outputs being written were removed; the earlier outputs are left as they were'
        : 'nothing was written; earlier outputs are left as they were';
    process.stderr.write(`shiting-kg: interrupted (${signal}); ${outcome}\n`);
    process.exit(SIGNAL_EXIT[signal]);
  });
}
