/** Input stage: bytes → text (encoding detection) and Traditional → Simplified Chinese. */
export { decodeText, readTextFile, type DecodeOptions, type DecodedText } from './read-text.js';
export { isMostlyTraditional, toSimplified, traditionalShare, TRADITIONAL_THRESHOLD } from './traditional.js';
