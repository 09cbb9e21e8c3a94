/**
 * Where an instruction, number or rule comes from: a paragraph of the article (`P5`) or, for safety items
 * the article does not cover, a named clinical guideline. Product choices say so explicitly.
 */
export type ArticleParagraph = `P${number}`;
export type Guideline =
  | "NHS / NICE NG59 (cauda equina)"
  | "NHS emergency list (cauda equina)"
  | "NHS back pain guidance"
  | "NHS / NICE NG59 (infection)"
  | "NICE NG59 (malignancy)"
  | "NHS urgent list / NICE NG59";
export type ProductRule = "Limber product rule";
export type Source = ArticleParagraph | Guideline | ProductRule;

export const ARTICLE_PARAGRAPHS = 20;

export function isArticleParagraph(source: string): source is ArticleParagraph {
  const match = /^P(\d+)$/.exec(source);
  return match !== null && Number(match[1]) >= 1 && Number(match[1]) <= ARTICLE_PARAGRAPHS;
}
