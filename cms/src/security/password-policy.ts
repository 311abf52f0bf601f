import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import serviceConfig from '../service-config';

/**
 * Editors' passwords guard citizens' questions: at least 12 characters and hard to guess by
 * zxcvbn's estimate (score 3 of 4: about 10^8 guesses or more), counting the Swedish words people
 * reach for first and the person's own name and e-mail address as easy guesses.
 */
export const MIN_LENGTH = 12;
const MIN_SCORE = 3;

const SWEDISH_EASY_WORDS = [
  'sommar', 'vinter', 'höst', 'hösten', 'vår', 'våren', 'lösenord', 'losenord', 'hemlig', 'hemligt',
  'välkommen', 'valkommen', 'sverige', 'svenska', 'kommun', 'stockholm', 'göteborg', 'goteborg', 'malmö',
  'malmo', 'redaktör', 'redaktor', 'socialtjänsten', 'socialtjansten', 'januari', 'februari', 'mars',
  'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december', 'måndag',
  'fredag', 'kärlek', 'karlek', 'katten', 'hunden', 'frågelådan', 'frageladan',
];

const estimator = new ZxcvbnFactory({
  dictionary: {
    ...common.dictionary,
    svenska: [...SWEDISH_EASY_WORDS, serviceConfig.service.name.toLowerCase(), serviceConfig.municipality.name.toLowerCase()],
  },
  graphs: common.adjacencyGraphs,
});

/** True when the password is long and strong enough; `personal` are the user's own name and address. */
export function isStrongPassword(password: string, personal: string[] = []): boolean {
  if ([...password].length < MIN_LENGTH) return false;
  return estimator.check(password, personal.filter(Boolean)).score >= MIN_SCORE;
}
