import { describe, expect, it } from 'vitest';
import { toJson } from '../../src/export/index.js';
import { KnowledgeGraph } from '../../src/graph/index.js';
import { HOSTILE_NAMES, hostileGraph } from './helpers.js';

describe('toJson', () => {
  it('keeps hostile names exactly, lone surrogates and control characters included', () => {
    const kg = hostileGraph();
    const back = KnowledgeGraph.fromJSON(JSON.parse(toJson(kg)));
    expect(back.toJSON()).toEqual(kg.toJSON());
    for (const name of Object.values(HOSTILE_NAMES)) expect(back.graph.hasNode(`person:${name}`)).toBe(true);
  });

  it('is plain JSON text: control characters and lone surrogates are escaped', () => {
    const json = toJson(hostileGraph());
    expect(json).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(json).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(json).toContain('\\u0007');
  });
});
