/**
 * The edges of a character trie in one open-addressing hash table: (node, UTF-16 unit) → child node.
 * Walking a text looks up one edge per character from every position of every document; a Map per
 * node made each step a hash lookup plus a pointer chase through a small object, this is one probe
 * into three typed arrays.
 */
export class TransitionTable {
  /** node + 1 of the edge stored in a slot; 0 marks an empty slot. */
  private owners: Int32Array;
  private units: Uint16Array;
  private targets: Int32Array;
  private mask: number;
  private edges = 0;

  constructor(capacity = 64) {
    const size = 1 << Math.max(4, Math.ceil(Math.log2(capacity * 2)));
    this.owners = new Int32Array(size);
    this.units = new Uint16Array(size);
    this.targets = new Int32Array(size);
    this.mask = size - 1;
  }

  /** The child of `node` along `unit`, or -1. */
  get(node: number, unit: number): number {
    const owner = node + 1;
    for (let slot = slotOf(node, unit) & this.mask; ; slot = (slot + 1) & this.mask) {
      const o = this.owners[slot]!;
      if (o === 0) return -1;
      if (o === owner && this.units[slot] === unit) return this.targets[slot]!;
    }
  }

  /**
   * The child of `node` along `unit`; a missing one is made, numbered `nodeData.length`, with its slot
   * of the trie's per-node data pushed empty, so that node numbers and that array stay in step.
   */
  childOrAdd(node: number, unit: number, nodeData: unknown[]): number {
    const child = this.get(node, unit);
    if (child >= 0) return child;
    const made = nodeData.length;
    nodeData.push(undefined);
    this.set(node, unit, made);
    return made;
  }

  set(node: number, unit: number, child: number): void {
    if ((this.edges + 1) * 2 > this.mask + 1) this.grow();
    this.place(node + 1, unit, child);
    this.edges++;
  }

  private place(owner: number, unit: number, child: number): void {
    let slot = slotOf(owner - 1, unit) & this.mask;
    while (this.owners[slot] !== 0) slot = (slot + 1) & this.mask;
    this.owners[slot] = owner;
    this.units[slot] = unit;
    this.targets[slot] = child;
  }

  // Kept at most half full, so that a miss (the common case: most characters continue no key) ends at an empty slot soon.
  private grow(): void {
    const { owners, units, targets } = this;
    const size = (this.mask + 1) * 2;
    this.owners = new Int32Array(size);
    this.units = new Uint16Array(size);
    this.targets = new Int32Array(size);
    this.mask = size - 1;
    for (let slot = 0; slot < owners.length; slot++) if (owners[slot] !== 0) this.place(owners[slot]!, units[slot]!, targets[slot]!);
  }
}

function slotOf(node: number, unit: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca77)) >>> 7;
}
