/**
 * The calibration table (dictionaries/confidence.json, written by `npm run calibrate`): for each rule
 * or recognizer, the fraction of its outputs on the real-news development corpus that the answer keys
 * confirm. An output's confidence is the entry of its type and rule, else of its type, else of its kind
 * (`*`): a rule renamed, added by a user or never seen in the corpus gets its type's precision.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { defaultDictionaryDir, DictionaryError, formatIssues } from '../dictionary/load.js';

const EntrySchema = z.strictObject({
  /** Outputs the answer keys confirm, of `n` outputs. */
  tp: z.number().int().min(0),
  n: z.number().int().min(0),
  /** The precision, shrunk toward the parent entry when `n` is small (see scripts/calibrate.mjs). */
  confidence: z.number().min(0).max(1),
});

const KindSchema = z.record(z.string(), EntrySchema);

export const CalibrationSchema = z.looseObject({
  /** Keys `type/recognizer`, `type` and `*`. */
  entity: KindSchema,
  /** Keys `type/rule`, `type` and `*`. */
  relation: KindSchema,
});
export type Calibration = z.output<typeof CalibrationSchema>;

/** What an output is calibrated on: entity or relation, its type, and the rule or recognizer that found it. */
export type CalibrationKind = 'entity' | 'relation';

/** Without any table, every output gets this (an uncalibrated middle, never 0 or 1). */
const NO_TABLE = 0.5;

/** The confidence of an output of `kind` and `type` found by `rule`: the most specific entry of the table that has one. */
export function confidenceOf(table: Calibration, kind: CalibrationKind, type: string, rule: string | undefined): number {
  const entries = table[kind];
  const own = rule === undefined ? undefined : entries[`${type}/${rule}`];
  return (own ?? entries[type] ?? entries['*'])?.confidence ?? NO_TABLE;
}

/** Validates a calibration table given as an object; `shown` names it in errors. */
export function parseCalibration(data: unknown, shown: string): Calibration {
  const parsed = CalibrationSchema.safeParse(data);
  if (!parsed.success) throw new DictionaryError(formatIssues(shown, data, parsed.error.issues));
  return parsed.data;
}

/** Reads and validates a calibration table from a JSON file. */
export function loadCalibrationFile(file: string): Calibration {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(resolve(file), 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new DictionaryError(`${file}: cannot read a calibration table (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return parseCalibration(data, file);
}

let bundled: Calibration | undefined;

/** The bundled table (dictionaries/confidence.json), read once per process; empty when the file is missing. */
export function bundledCalibration(): Calibration {
  if (bundled) return bundled;
  const file = join(defaultDictionaryDir(), 'confidence.json');
  bundled = existsSync(file) ? loadCalibrationFile(file) : { entity: {}, relation: {} };
  return bundled;
}
