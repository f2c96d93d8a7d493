/**
 * Each element an array holds, in order. JSON has no holes, but a caller's array may be sparse: one of length 2^32 - 1
 * holding a few elements is walked by its keys, not by four billion indices.
 */
export function eachPresent(array: readonly unknown[], visit: (item: unknown, index: number) => void): void {
  if (array.length <= 65_536) {
    for (let index = 0; index < array.length; index++) if (index in array) visit(array[index], index);
    return;
  }
  for (const key of Object.keys(array)) {
    // Only an array index (the canonical spelling of an integer below 2^32 - 1), not a member such as "-1" or "-0".
    const index = Number(key);
    if (String(index) === key && Number.isInteger(index) && index >= 0 && index < 2 ** 32 - 1)
      visit(array[index], index);
  }
}
