// Typed arrays that grow as rows are added (by doubling): the per-row columns of the project
// memory's and the renderings' indexes (a number per row, not an object per row).

type Column = Uint8Array | Uint32Array | Float64Array;

/** `column`, or a copy twice as long (at least `i + 1`) when it cannot hold index `i`. */
export function roomFor<T extends Column>(column: T, i: number): T {
  if (i < column.length) return column;
  const next = new (column.constructor as new (n: number) => T)(Math.max(column.length * 2, i + 1));
  next.set(column);
  return next;
}
