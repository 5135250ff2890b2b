import { z } from 'zod';

/** One word of a dictionary list: a non-empty string, trimmed. */
export const term = z.string().trim().min(1, 'must be a non-empty string');
