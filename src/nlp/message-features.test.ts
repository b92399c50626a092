import { describe, expect, it } from 'vitest';
import { MessageFeaturesSchema } from '../domain/index.js';
import { messageFeaturesOf } from './message-features.js';

describe('messageFeaturesOf', () => {
  it('measures the whole body and the new text apart, and the tone of the new text only', () => {
    const body = 'Great, thanks!\n\nOn Mon, Sam <sam@us.com> wrote:\n> Is the outage fixed? It was terrible.';
    const f = messageFeaturesOf(body);
    expect(f).toEqual({ chars: body.length, newChars: 'Great, thanks!'.length, words: 2, sentiment: 2.5 });
    expect(MessageFeaturesSchema.parse(f)).toEqual(f);
  });

  it('counts characters as code points and words across apostrophes and hyphens', () => {
    expect(messageFeaturesOf("It's a follow-up 👍")).toMatchObject({ chars: 18, newChars: 18, words: 3 });
  });

  it('gives zeros for an empty body', () => {
    expect(messageFeaturesOf('')).toEqual({ chars: 0, newChars: 0, words: 0, sentiment: 0 });
  });
});
