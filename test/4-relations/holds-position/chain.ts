import type { ChainElement } from '../../../src/4-relations/holds-position/lookups.js';

/** A chain as `organization:title` strings (no organization: `:title`), for table rows. */
export const chainText = (chain: ChainElement[]): string[] => chain.map((e) => `${e.org?.entity.name ?? ''}:${e.titleName ?? e.title.name}`);
