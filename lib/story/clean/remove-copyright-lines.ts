/**
 * Copyright, licence, credit and affiliate-disclosure lines inside the story container:
 * "Copyright © 2025 WABC-TV. All Rights Reserved.", "Image credit: © Depositphotos.com/...",
 * "Reporting by X; Editing by Y", "As an Amazon Associate I earn from qualifying purchases."
 * They are about the page, not the story; Readability keeps them when they sit in the story's column.
 *
 * Recognised by wording (the table below, each entry with a comment on why it exists) and shape: a short
 * block of its own. A story sentence about copyright ("Copyright law changed in 2019, ...") does not
 * start with the © sign or "Copyright 2019", and is longer than a notice.
 */
import type { RemovalReason } from '../types';
import { removeBlock, type CleaningContext, type CleaningRule } from './cleaning-context';
import { wordCount } from './dom-utils';
import { Holds, outermostWrapper } from './page-index';
import { isCode, trimDecoration } from './remove-calls-to-action';

interface Wording {
  pattern: RegExp;
  reason: RemovalReason;
  /** Longest notice (in words) the entry may take. */
  maxWords: number;
}

// Why each entry exists is a comment above it, not a string: the table ships in the script injected into the tab.
const notice = (pattern: RegExp, reason: RemovalReason, maxWords: number): Wording => ({ pattern, reason, maxWords });

export const COPYRIGHT_WORDING: readonly Wording[] = [
  // "Copyright © 2025 WABC-TV ...", "© 2019 Associated Press", "Copyright ⓒ Entermedia.co.kr" under news
  // stories; a bare "Copyright" heading above a licence.
  notice(/^(©|ⓒ|\(c\)|copyright( ?(©|ⓒ|\(c\)|@))? ?((\d{4}|\d{4}\s*[-–]\s*\d{4})\b|[©ⓒ]))|^copyright$|^©/, 'copyright', 45),
  // "... All rights reserved." notices in many languages, whatever comes first ("2026 (c) Timescale,
  // Inc. ...").
  notice(/\b(all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden|все права защищены|版权所有|無断転載|무단전재|무단 전재)\b|(版权所有|無断転載|무단전재)/, 'copyright', 45),
  // The Associated Press notice printed under its stories.
  notice(/^this material may not be (published|reproduced)\b/, 'copyright', 30),
  // Creative Commons licence notices under blog posts and papers.
  notice(/^(this (work|article|content|post|page|material|image|photo) is )?licen[cs]ed under (a |the )?(creative commons|cc[ -]by)\b/, 'copyright', 40),
  // Agency credit lines: "Reporting by Rodrigo Campos; Editing by Nick Zieminski" under Reuters stories.
  notice(/^((additional )?reporting|writing|reporting and writing) by .{2,200}\b(editing|edited) by\b/, 'credit', 60),
  // "Image credit: © Depositphotos.com/...", "Photo credit: ©iStock.com/..." lines left in blog posts
  // when the image is in a figure of its own.
  notice(/^(featured |header |cover |top |lead |hero )?(image|photo|photograph|picture|illustration)s?( credits?| courtesy| source| by)? ?[:：]\s?.{0,120}(©|ⓒ|getty|shutterstock|istock|unsplash|pexels|depositphotos|alamy|adobe stock|reuters|\bap\b|afp|epa|courtesy|\bvia\b|wikimedia|pixabay)|^(featured |header |cover |top |lead |hero )?(image|photo|photograph|picture|illustration)s? (credits?|courtesy|source)\s?[:：]/, 'credit', 25),
  // Affiliate disclosures on review and recipe blogs and portals: "As an Amazon Associate I earn from
  // qualifying purchases", "Microsoft may earn an Affiliate Commission ...".
  notice(/^((disclosure|affiliate disclosure|full disclosure|disclaimer|note)\s?[:：-]\s?.{0,160}\b(affiliate|commission|qualifying purchases|sponsored|compensat)|(this|the|our) (post|article|page|site|story|review|guide|content|recipe|website|blog) (may )?contains? (affiliate|sponsored) links|as an amazon associate\b|(we|i) (may )?(earn|receive|get) (a |an )?(small )?(affiliate )?(commission|compensation|fee)\b.{0,120}\b(links?|purchases?|buy|click)|[\p{L}\p{N}'’.& ]{1,40} may (earn|receive) (an? )?(affiliate )?commission\b)/u, 'boilerplate', 60),
];

/** Is this short line a copyright, credit or disclosure notice? */
export function copyrightWording(text: string): Wording | undefined {
  if (text.length > MAX_NOTICE_LENGTH || !GATE.test(text)) return undefined;
  const line = trimDecoration(text);
  if (!line) return undefined;
  const words = wordCount(line);
  const lower = line.toLowerCase();
  return COPYRIGHT_WORDING.find((wording) => words <= wording.maxWords && wording.pattern.test(lower));
}

const LINE_TAGS = ['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SMALL', 'FOOTER', 'ASIDE', 'SECTION', 'DD', 'CENTER', 'ADDRESS'];
/** Every entry needs one of these words or signs: one test rules out nearly every line before the table is read. */
const GATE = /©|ⓒ|\(c\)|copyright|rights|rechte|droits|derechos|diritti|direitos|rechten|права|版权|無断|무단|material may|licen[cs]ed|editing|edited|credit|courtesy|source|image|photo|picture|illustration|affiliate|commission|associate/i;
const MAX_LINE_CHARS = 450;
/** The longest notice in the table is 60 words. */
const MAX_NOTICE_LENGTH = 500;


export function removeCopyrightLines(root: Element, context: CleaningContext): void {
  const stats = context.index;
  for (const el of stats.select(LINE_TAGS, (s) => s.chars > 0 && s.chars <= MAX_LINE_CHARS && (s.innerHolds & Holds.block) === 0)) {
    if (!stats.isPresent(el)) continue;
    const wording = copyrightWording(stats.textOf(el));
    if (wording && !isCode(el)) removeBlock(outermostWrapper(el, stats, root), wording.reason, context);
  }
}

export const copyrightLinesRule: CleaningRule = { id: 'copyright', apply: removeCopyrightLines };
