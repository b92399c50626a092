/** Clamps to the 0..100 scale of normalized values and scores. */
export function clampScore(x: number): number {
  return x < 0 ? 0 : x > 100 ? 100 : x;
}

/** Linear interpolation of y between (x0, y0) and (x1, y1), clamped to [y0, y1]'s span. */
export function interpolate(x: number, x0: number, y0: number, x1: number, y1: number): number {
  if (x1 === x0) return x >= x1 ? y1 : y0;
  const t = (x - x0) / (x1 - x0);
  return t <= 0 ? y0 : t >= 1 ? y1 : y0 + t * (y1 - y0);
}
