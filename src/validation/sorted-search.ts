/** Index of the last value in a sorted list that is at or before the position (0 when none is). */
export function lastAtOrBefore(sorted: readonly number[], position: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (sorted[middle]! <= position) low = middle;
    else high = middle - 1;
  }
  return low;
}
