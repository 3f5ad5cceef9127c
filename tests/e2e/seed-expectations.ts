/**
 * The seed page the e2e suites (Chromium and Firefox) click on, and what its correct result must and
 * must not contain (../shared/docs/data.md). The page itself is tests/fixtures/seed/.
 */
export const SEED = {
  file: '/seed-alaska-talks-flat.html',
  title: 'White House sets low expectations for China talks in Alaska',
  caption: 'Antony Blinken, U.S. secretary of state, speaks to Toshimitsu Motegi',
  storyStart: 'The White House is setting low expectations ahead of Secretary of State Antony Blinken',
  storyEnd: 'Our objective is always going to be focused on diplomacy and denuclearization in North Korea',
  /** The people the story is about: the popup must show them above the fold (issue 13). */
  keyActors: ['Blinken', 'Sullivan', 'Wang Yi', 'Yang Jiechi'],
  /** Text that only the "More in News" teasers and the "Most Read" heading carry. */
  teaserText: [
    'For fourth consecutive year, gas pipeline boss',
    'Frank Richards, president of the Alaska Gasline',
    'Flood district plan charging property owners',
    '117 objections filed for 466 properties',
    'Pat Pitney',
    'University of Alaska president highlights impact',
    'Most Read',
    'More in News',
  ],
};
