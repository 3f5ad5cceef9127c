import { AFTER_READABILITY, BEFORE_READABILITY, type EnabledRules } from '../../lib/story/clean/run-cleaning-rules';

/**
 * Every cleaning rule turned off, as a reader could turn each off on the options page: the engine's
 * skeleton alone (guard, copy, indexes, Readability, container checks, blocks, result).
 * `npm run bench -- --without-rules` measures what the rules cost in time and buy in precision.
 */
export function everyRuleOff(): EnabledRules {
  return Object.fromEntries([...BEFORE_READABILITY, ...AFTER_READABILITY].map((rule) => [rule.id, false]));
}
