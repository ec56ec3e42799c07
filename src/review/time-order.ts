// Sorting by time without parsing a date inside the comparator (n log n parses made the
// summaries of 10,000 entries several times slower): each date is parsed once.

/** A copy of `list` ordered by the instant `at(item)` names; stable; unreadable dates last. */
export function byTime<T>(list: readonly T[], at: (item: T) => string, order: 'newest' | 'oldest'): T[] {
  const sign = order === 'newest' ? -1 : 1;
  return list
    .map((item, index) => ({ item, index, ms: Date.parse(at(item)) }))
    .sort((a, b) => {
      const unreadable = Number(Number.isNaN(a.ms)) - Number(Number.isNaN(b.ms));
      return unreadable || sign * (a.ms - b.ms) || a.index - b.index;
    })
    .map(({ item }) => item);
}
