/**
 * The collision pass of the viewer's labels. sigma's label grid keeps a few labels per grid cell, but
 * two labels in neighbouring cells (or long Chinese names) still overlap in dense spots; this pass
 * keeps, of the labels sigma would draw in a frame, those that overlap no label kept before them —
 * forced labels (the selected or hovered node) first, then larger nodes, whose names matter more.
 *
 * Pure (no DOM): the viewer measures the labels, this decides which to draw.
 */

export interface LabelBox {
  key: string;
  /** Top-left corner and size of the label's text, in viewport pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The node's rendered size: larger nodes win a contested spot. */
  size: number;
  /** Always drawn (the selected, hovered or searched-for node). */
  forced: boolean;
}

/** Pixels kept free around a label. */
const MARGIN = 2;
/** Side of the buckets boxes are filed in, so a frame of n labels costs about n checks, not n². */
const BUCKET = 64;

const overlaps = (a: LabelBox, b: LabelBox): boolean =>
  a.x < b.x + b.width + MARGIN && b.x < a.x + a.width + MARGIN && a.y < b.y + b.height + MARGIN && b.y < a.y + a.height + MARGIN;

function priority(a: LabelBox, b: LabelBox): number {
  if (a.forced !== b.forced) return a.forced ? -1 : 1;
  if (a.size !== b.size) return b.size - a.size;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** The bucket keys a box (with its margin) touches. */
function bucketsOf(box: LabelBox): string[] {
  const keys: string[] = [];
  const [x0, x1] = [Math.floor((box.x - MARGIN) / BUCKET), Math.floor((box.x + box.width + MARGIN) / BUCKET)];
  const [y0, y1] = [Math.floor((box.y - MARGIN) / BUCKET), Math.floor((box.y + box.height + MARGIN) / BUCKET)];
  for (let bx = x0; bx <= x1; bx++) for (let by = y0; by <= y1; by++) keys.push(`${bx},${by}`);
  return keys;
}

/**
 * The labels to draw, in drawing order: every forced label, and each other label that overlaps none
 * chosen before it (by priority: forced, then node size, then key, so a frame's choice is stable).
 */
export function chooseLabels<T extends LabelBox>(boxes: readonly T[]): T[] {
  const chosen: T[] = [];
  const buckets = new Map<string, LabelBox[]>();
  for (const box of [...boxes].sort(priority)) {
    const keys = bucketsOf(box);
    if (!box.forced && keys.some((key) => buckets.get(key)?.some((other) => overlaps(box, other)))) continue;
    chosen.push(box);
    for (const key of keys) {
      const list = buckets.get(key);
      if (list) list.push(box);
      else buckets.set(key, [box]);
    }
  }
  return chosen;
}
