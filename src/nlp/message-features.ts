import type { MessageFeatures } from '../domain/index.js';
import { newTextOf } from './new-text.js';
import { toneOf } from './tone.js';

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * What the import keeps of every message, with or without its body: sizes of the whole body
 * and of its new text (see `newTextOf`), the new text's words and its tone (`toneOf`).
 * Characters are Unicode code points, not UTF-16 units, so an emoji counts once.
 * @example messageFeaturesOf('Great, thanks!\n\nOn Mon, Sam <sam@us.com> wrote:\n> Done?') // { chars: 55, newChars: 14, words: 2, sentiment: 2.5 }
 */
export function messageFeaturesOf(body: string): MessageFeatures {
  const text = newTextOf(body);
  return { chars: codePoints(body), newChars: codePoints(text), words: wordCount(text), sentiment: toneOf(text) };
}

function codePoints(text: string): number {
  let lowSurrogates = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) lowSurrogates++;
  }
  return text.length - lowSurrogates;
}

function wordCount(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}
