/** Input stage: bytes → text (encoding detection) and Traditional → Simplified Chinese. */
export { decodeText, readTextFile, DEFAULT_MAX_INPUT_MB, type DecodeOptions, type DecodedText, type ReadTextOptions } from './read-text.js';
export { isMostlyTraditional, toSimplified, traditionalShare, TRADITIONAL_THRESHOLD } from './traditional.js';
