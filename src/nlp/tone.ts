import Sentiment from 'sentiment';

const analyzer = new Sentiment();

/**
 * The tone of a text: its AFINN-165 score per word (sentiment's `comparative`), about -5
 * (hostile) to +5 (glowing); 0 for a text without words. AFINN scores English words only,
 * so text in other languages reads as neutral.
 * @example toneOf('Thanks, this works great') // 1.25 (thanks +2, great +3, over 4 words)
 */
export function toneOf(text: string): number {
  if (text.trim() === '') return 0;
  const { comparative } = analyzer.analyze(text);
  return Number.isFinite(comparative) ? comparative : 0;
}
