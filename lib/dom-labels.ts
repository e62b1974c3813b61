/**
 * Every marker Querverweis puts into a page, in one place, shared by code and tests.
 * The data attributes are a contract: end-to-end tests and other tools find marks by them.
 */
export const MARK_TAG = 'qv-mark';
export const ATTR_ENTITY_ID = 'data-entity-id';
export const ATTR_ENTITY_TYPE = 'data-entity-type';
export const ATTR_HIGHLIGHT_ID = 'data-highlight-id';
/** A highlight spanning several blocks is several elements: the first has the id, the rest this. */
export const ATTR_HIGHLIGHT_PART = 'data-highlight-part';
export const ATTR_HIGHLIGHT_COLOR = 'data-highlight-color';
export const HIGHLIGHT_TAG = 'qv-highlight';
export const HIGHLIGHTER_HOST = 'querverweis-highlighter';
export const HOVER_CARD_HOST = 'querverweis-card';
