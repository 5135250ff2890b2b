import type { Recognizer } from '../recognizer.js';
import { dictionaryTerms } from './dictionary-terms.js';
import { organizationSuffix } from './organization-suffix.js';
import { fixtures } from './fixtures.js';
import { latinNames } from './latin-names.js';
import { namedPhrases } from './named-phrases.js';
import { partners } from './partners.js';
import { sourceCredits } from './source-credits.js';
import { person } from './person/index.js';
import { titledWorks } from './titled-works.js';

export { dictionaryTerms, fixtures, latinNames, namedPhrases, organizationSuffix, partners, person, sourceCredits, titledWorks };

/** The built-in recognizers, in the order they run (later ones read earlier candidates). */
export const defaultRecognizers: Recognizer[] = [dictionaryTerms, titledWorks, organizationSuffix, namedPhrases, latinNames, fixtures, person, partners, sourceCredits];
