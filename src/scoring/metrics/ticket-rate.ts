/** Scales a ticket count by the account's size; null when seats are unknown. */
export function perSeats(count: number, seats: number | undefined, aggregation: string): number | null {
  if (aggregation === 'count') return count;
  if (!seats) return null;
  return aggregation === 'per_seat' ? count / seats : (count * 10) / seats;
}
