/**
 * The name under which the popup hands the disabled cleaning rules to the injected engine script
 * (`executeScript` with `files` takes no arguments). It lives in the extension's isolated world of
 * the tab, where page scripts can't read or set it.
 */
export const CLEANING_RULES_GLOBAL = '__ledeCleaningRules';
