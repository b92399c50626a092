export { newTextOf } from './new-text.js';
export { toneOf } from './tone.js';
export { messageFeaturesOf } from './message-features.js';
