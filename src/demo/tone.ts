import type { Random } from './random.js';

export type Tone = 'positive' | 'neutral' | 'negative';

/** The tone a customer writes in: mostly follows latent health, with noise so text alone never gives it away. */
export function toneFor(health: number, rng: Random): Tone {
  const mood = health + rng.normal(0, 0.15);
  return mood > 0.66 ? 'positive' : mood < 0.42 ? 'negative' : 'neutral';
}
