/**
 * Labels of the page's controls left in the story container as lines of text: a gallery's counter
 * and buttons ("Image 1 of 23", "Caption", "Close"), the comments header ("Comments", "Leave a
 * comment"), article tools ("Print Article", "Text size", "Order Reprints"), skip links, reading
 * time ("5 min read", "Tempo de leitura: 1 minuto"), view counters and loading placeholders.
 * Readability keeps them because they sit inside the story's column; a reader never reads them.
 *
 * Recognised only as a whole line, by the wording table below (a comment says why each entry exists): a
 * story sentence never consists of "Close" or "Image 1 of 5" alone.
 */
import { removeBlock, type CleaningContext, type CleaningRule } from './cleaning-context';
import { upperTagName } from './dom-utils';
import { Holds, outermostWrapper } from './page-index';
import { isCode, trimDecoration } from './remove-calls-to-action';
import { openingGate } from './opening-gate';

/** Whole-line labels, tested against the line in lower case; a comment above each says why it is here. */
export const PAGE_CONTROL_WORDING: readonly RegExp[] = [
  // Gallery counters: "Image 1 of / 23" (the total filled in by script), "Image 3 of 5", "1 of 6" (not
  // "5/5", a rating).
  /^(image|photo|picture|slide|foto|bild|imagen|immagine)\s*\d{1,3}\s*(of|\/|von|de|di|sur|из)\s*\/?\s*\d{0,3}$|^\d{1,3} (of|von|de|di|sur|из) \d{1,3}$/,
  // Gallery and lightbox buttons printed as text ("Caption", "Close" under every news photo on some US
  // local sites).
  /^(caption|close|close gallery|hide caption|show caption|toggle caption|expand|enlarge|enlarge this image|view gallery|view slideshow|open gallery|launch gallery|previous|next|prev|previous slide|next slide|previous image|next image|fullscreen|full screen|zoom)$/,
  // The comments header left when the thread itself loads by script (or was pruned).
  /^(\d+\s+)?(comments?|kommentare?|commentaires?|comentarios?|commenti|comentários|reacties|комментарии|отзывы)(\s*\(\d+\))?$/,
  // Comment buttons ("Leave a comment", "Добавить отзыв") in several languages.
  /^((leave|add|post|write|show|view|hide|load|see|read) (a |all |the |your )?(comments?|reply|replies|responses?)|be the first to comment|join the discussion|добавить (отзыв|комментарий)|kommentar schreiben|laisser un commentaire|deja un comentario|lascia un commento|deixe um comentário)$/,
  // Article tools ("Print Article", "Text size", "Order Reprints", "View author archive") and skip
  // links.
  /^(print|print article|print this (article|page|story)|print recipe|text size|font size|order reprints|reprints|reprints & permissions|email the author|email this (article|story)|view author archive|save article|save story|save for later|listen to (this )?(article|story)|skip to (main )?content|skip to navigation|back to top|jump to recipe|jump to comments|artikel drucken|imprimer)$/,
  // Placeholders of parts a script fills in later.
  /^(loading|loading (paragraph|image|video|content|comments|more)|please wait|wird geladen|chargement|cargando|caricamento|carregando)(\.\.\.|…)?$/,
  // Reading time lines ("5 min read", "Tempo de leitura: 1 minuto") above the story.
  /^((estimated )?(reading|read) time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit|tempo di lettura|leestijd)\s*[:：]?\s*(about |ca\. |~)?\d+\s*(min|mins|minute|minutes|minuto|minutos|minuti|minuten|minutos)\.?$|^\d+\s*(min|mins|minute|minutes)\.?\s*(read|de lectura|de leitura|lesezeit|di lettura|leestijd)$/,
  // A table of contents' label, left above the story when its list of anchors went (or kept with its
  // toggle: "Table of Contents [hide]"); WCXB's annotators never count it as story.
  /^(table of contents|contents|article contents|in this (article|post|guide|story)|on this page|inhaltsverzeichnis|table des matières|sommaire|índice|indice|inhoudsopgave|содержание)\s*:?\s*(\[?(hide|show|toggle)\]?)?$/,
  // View counters ("3.409 letture"), the number and the word sometimes in separate elements.
  /^([\d.,]+\s*)?(views|reads|letture|visualizações|visualizaciones|lecturas|aufrufe|vues|просмотров|просмотры)$/,
];

/** The longest label in the table, in non-space characters: longer lines are not read. */
const MAX_LABEL_CHARS = 40;
const LINE_TAGS = ['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SPAN', 'A', 'BUTTON', 'DT', 'DD', 'FOOTER', 'HEADER', 'ASIDE', 'SECTION'];
const INLINE_TAGS = new Set(['SPAN', 'A', 'BUTTON']);

/**
 * The words each label above opens with, in the same order ('' : it may open any way), for the gate
 * in front of the table (opening-gate.ts). Read from the patterns by scripts/lib/literal-openings.ts;
 * tests/story/literal-openings.test.ts fails, printing the right line, when an entry and its words disagree.
 */
export const PAGE_CONTROL_OPENINGS: readonly string[] = [
  "", // 0
  "caption close hide show toggle expand enlarge view open launch next prev full zoom", // 1
  "", // 2
  "leave add post write show view hide load see read be join добавить kommentar laisser deja lascia deixe", // 3
  "print text font order reprints email view save listen skip back jump artikel imprimer", // 4
  "loading please wird chargement cargando caricamento carregando", // 5
  "", // 6
  "table contents article in on sommaire índice содержание", // 7
  "", // 8
];

/** Which labels a line may be, by its opening words: the others are not asked, and not compiled (opening-gate.ts). */
const mayBeLabel = openingGate(PAGE_CONTROL_OPENINGS);

/** The label this line is, or undefined. */
export function pageControlWording(text: string): RegExp | undefined {
  const line = trimDecoration(text).toLowerCase();
  if (!line) return undefined;
  const may = mayBeLabel(line);
  return PAGE_CONTROL_WORDING.find((wording, place) => may[place] === 1 && wording.test(line));
}

export function removePageControls(root: Element, context: CleaningContext): void {
  const stats = context.index;
  // A label is a whole line of its own: short, and no block inside it.
  for (const el of stats.select(LINE_TAGS, (s) => s.chars > 0 && s.chars <= MAX_LABEL_CHARS && (s.innerHolds & Holds.block) === 0)) {
    if (!stats.isPresent(el)) continue;
    // An inline element is a label only when it is its line's whole text, not a word of a sentence ("… the next <a>Comments</a> …"):
    // the whole text of its parent, or set between blocks as a line of its own (a skip link before the page's first div).
    if (INLINE_TAGS.has(upperTagName(el))) {
      const parent = el.parentElement;
      const wholeParent = parent !== null && parent !== root && stats.get(parent).chars === stats.get(el).chars;
      if (!wholeParent && !standsAsLine(el)) continue;
    }
    if (pageControlWording(stats.textOf(el)) && !isCode(el)) removeBlock(outermostWrapper(el, stats, root), 'boilerplate', context);
  }
}

/** What ends a line around an inline element: a block beside it, a line break, or nothing. */
const LINE_BOUNDARY_TAGS: ReadonlySet<string> = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'UL', 'OL', 'DL', 'TABLE', 'FORM', 'FIGURE', 'BLOCKQUOTE', 'PRE', 'HR', 'BR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** Is the node beside an inline element (skipping blank text and comments) a line boundary? */
function isLineBoundary(node: Node | null, step: (node: Node) => Node | null): boolean {
  for (; node; node = step(node)) {
    if (node.nodeType === 8 || (node.nodeType === 3 && !/\S/.test(node.nodeValue ?? ''))) continue;
    return node.nodeType === 1 && LINE_BOUNDARY_TAGS.has(upperTagName(node as Element));
  }
  return true;
}

/** An inline element set between blocks, with no text of its line before or after it. */
function standsAsLine(el: Element): boolean {
  return isLineBoundary(el.previousSibling, (node) => node.previousSibling) && isLineBoundary(el.nextSibling, (node) => node.nextSibling);
}

export const pageControlsRule: CleaningRule = { id: 'page-controls', apply: removePageControls };
