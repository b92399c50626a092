/**
 * The score the map gives a category; unknown categories get `fallback`, or null (missing) without one.
 * @example normalizeCategory('yellow', { red: 0, yellow: 50, green: 100 }) // 50
 */
export function normalizeCategory(value: string, map: Readonly<Record<string, number>>, fallback?: number): number | null {
  return Object.hasOwn(map, value) ? (map[value] as number) : (fallback ?? null);
}
