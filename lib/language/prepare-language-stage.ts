import { analyseStory, storySummary } from './analyse-story';
import { loadNerModel } from './ner/load-model';

/**
 * A few sentences in the shape of a news story, written for this purpose: analysing them once
 * compiles the tokenizer, tagger, actor and summary code and creates the sentence segmenter, so
 * the reader's first story does not pay for that (~120 ms in Node on the seed story's first
 * analysis, against ~15 ms on later ones). Their names are made up.
 */
const WARM_UP_STORY = {
  title: 'Harbour council approves new ferry plan',
  lang: 'en',
  text: [
    'The Westbay Harbour Council on Tuesday approved a plan to run a new ferry between Port Elling and Carrow Island, ending two years of debate.',
    'Mayor Ruth Okafor said the service would start in the spring. "People have waited long enough," Okafor told reporters after the vote.',
    'The Island Traders Association, which had opposed an earlier version of the plan, said it welcomed the decision.',
    'Council member Daniel Reyes, who voted against it, said the costs had not been explained. The ferry is expected to carry about 400 passengers a day.',
  ].join('\n\n'),
};

let prepared = false;

/** Load the entity model and run the language stage once; later calls return at once. */
export function prepareLanguageStage(): void {
  if (prepared) return;
  prepared = true;
  if (!loadNerModel().ok) return;
  analyseStory(WARM_UP_STORY, { summarySentences: 2 });
}

let summaryPrepared = false;

/**
 * Run the summary alone on the warm-up story (no entity model: a few milliseconds once compiled),
 * so that a worker started with the browser summarises its first click's story at warm speed.
 */
export function prepareSummaryStage(): void {
  if (summaryPrepared || prepared) return;
  summaryPrepared = true;
  storySummary(WARM_UP_STORY, { summarySentences: 2 });
}
