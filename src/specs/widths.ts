/**
 * The layout widths (px) story charts are drawn at: the one source of chart widths. Phone-first, so
 * one width today (a 360 px screen less the page margins); a chart rendered at several layout widths
 * later is one more number here and a loop in the caller, not an edit in every story.
 */
export const LAYOUT_WIDTHS = [340] as const;

/** The width every story chart and step state is drawn at (the narrowest layout). */
export const STORY_WIDTH: number = LAYOUT_WIDTHS[0];
