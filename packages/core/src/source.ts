/**
 * Where an instruction, number or rule comes from: a paragraph of the article (`P5`) or, for safety items
 * the article does not cover, a named clinical guideline (document, section or recommendation, and date where
 * the publisher gives one). Product choices say so explicitly.
 */
export type ArticleParagraph = `P${number}`;

/** Every guideline Limber cites, with the document and the part of it that says what Limber takes from it. */
export const GUIDELINES = {
  'NHS "Cauda equina syndrome" page: symptoms needing A&E or 999': {
    publisher: "NHS (nhs.uk)",
    document: "Cauda equina syndrome",
    part: "its list of symptoms that need A&E or a 999 call",
  },
  'NHS "Back pain" page: when to get urgent help': {
    publisher: "NHS (nhs.uk)",
    document: "Back pain",
    part: "its list of back pain symptoms that need urgent or immediate help",
  },
  'NHS "Back pain" page and NICE NG59 (2016, updated 2020), recommendation 1.1.1': {
    publisher: "NHS (nhs.uk) and NICE",
    document: "Back pain (NHS page) and NG59 (NICE guideline, 2016, last updated 2020)",
    part: "the NHS list of symptoms that need urgent help, and NICE recommendation 1.1.1 on specific causes",
  },
} as const satisfies Record<string, { publisher: string; document: string; part: string }>;

export type Guideline = keyof typeof GUIDELINES;
export type ProductRule = "Limber product rule";
export type Source = ArticleParagraph | Guideline | ProductRule;

export const ARTICLE_PARAGRAPHS = 20;

export function isArticleParagraph(source: string): source is ArticleParagraph {
  const match = /^P(\d+)$/.exec(source);
  return match !== null && Number(match[1]) >= 1 && Number(match[1]) <= ARTICLE_PARAGRAPHS;
}

export function isGuideline(source: string): source is Guideline {
  return Object.hasOwn(GUIDELINES, source);
}
