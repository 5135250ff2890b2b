/**
 * Visits what a plug-in returned, in order: an array by index (for…of over every recognizer's and
 * rule's array was a visible cost of each document), any other iterable as it iterates.
 */
export function each<T>(items: Iterable<T>, visit: (item: T) => void): void {
  if (Array.isArray(items)) for (let i = 0; i < items.length; i++) visit(items[i] as T);
  else for (const item of items) visit(item);
}
