import type { Page } from 'playwright-core';

/**
 * The four parts of the page frame that must start at one left edge (issue 13, item 3): the
 * header's title, the menu, the main column and the footer.
 */
export const FRAME_PARTS = {
  title: 'header .pb-logo',
  menu: 'header nav .pb-nav__list > li:first-child > a',
  main: 'main#main > :first-child',
  footer: 'footer > * > :first-child',
} as const;

export type FramePart = keyof typeof FRAME_PARTS;

/** The left edge (CSS px, rounded) of each part on the page as it is loaded. */
export async function leftEdges(page: Page): Promise<Record<FramePart, number>> {
  const edges = {} as Record<FramePart, number>;
  for (const [part, selector] of Object.entries(FRAME_PARTS) as [FramePart, string][]) {
    const box = await page.locator(selector).first().boundingBox();
    if (!box) throw new Error(`no ${part} (${selector}) on ${page.url()}`);
    edges[part] = Math.round(box.x);
  }
  return edges;
}
