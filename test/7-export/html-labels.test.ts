/** The viewer's label collision pass (viewer/labels.ts): which of a frame's labels are drawn. */
import { describe, expect, it } from 'vitest';
import { chooseLabels, type LabelBox } from '../../viewer/labels.js';

/** A label 60 × 13 px at (x, y) of a node of `size`; `forced` for the selected or hovered node. */
const box = (key: string, x: number, y: number, size = 5, forced = false, width = 60): LabelBox => ({ key, x, y, width, height: 13, size, forced });

describe('chooseLabels', () => {
  const rows: [label: string, boxes: LabelBox[], drawn: string[]][] = [
    ['labels apart are all drawn', [box('a', 0, 0), box('b', 100, 0), box('c', 0, 40)], ['a', 'b', 'c']],
    ['of two overlapping labels the larger node wins', [box('small', 10, 5, 4), box('big', 0, 0, 9)], ['big']],
    ['a forced label wins over a larger node', [box('big', 0, 0, 9), box('hovered', 20, 4, 3, true)], ['hovered']],
    ['forced labels are drawn even when they overlap', [box('a', 0, 0, 3, true), box('b', 5, 2, 3, true)], ['a', 'b']],
    ['labels closer than the margin count as overlapping', [box('a', 0, 0, 6), box('b', 61, 0, 5)], ['a']],
    ['a dropped label frees nothing: the third, clear of the first, is drawn', [box('a', 0, 0, 9), box('b', 50, 0, 8), box('c', 100, 0, 7)], ['a', 'c']],
    ['equal nodes are ordered by key, so a frame draws the same labels each time', [box('y', 0, 0), box('x', 30, 0)], ['x']],
    ['a long label in a bucket far from its corner still collides', [box('long', 0, 0, 9, false, 400), box('b', 300, 5, 2)], ['long']],
  ];
  it.each(rows)('%s', (_label, boxes, drawn) => {
    expect(chooseLabels(boxes).map((b) => b.key)).toEqual(drawn);
  });

  it('keeps no two drawn labels overlapping in a dense frame', () => {
    const dense = Array.from({ length: 400 }, (_, i) => box(`n${i}`, (i * 37) % 300, (i * 53) % 200, (i * 7) % 11));
    const drawn = chooseLabels(dense);
    expect(drawn.length).toBeGreaterThan(10);
    expect(drawn.length).toBeLessThan(dense.length);
    for (const [i, a] of drawn.entries()) {
      for (const b of drawn.slice(i + 1)) {
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${a.key} and ${b.key} overlap`).toBe(true);
      }
    }
  });
});
