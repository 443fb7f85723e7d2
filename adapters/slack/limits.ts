// Block Kit limits the renderer respects by construction (docs.slack.dev/reference/block-kit).
// One place, so the renderer and the limit tests agree on the numbers.

export const LIMITS = {
  /** Blocks in one message (a Home tab view allows 100). */
  blocks: 50,
  homeBlocks: 100,
  /** Characters of a section's `text`. */
  sectionText: 3000,
  /** Fields in one section, and characters in each. */
  fields: 10,
  fieldText: 2000,
  /** Characters of a header's plain text. */
  headerText: 150,
  /** Elements of an actions block and of a context block. */
  actionsElements: 25,
  contextElements: 10,
  /** Characters of a button's text, value and action_id. */
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  /** Characters of the top-level `text` fallback we send (Slack truncates at 40 000). */
  fallbackText: 3000,
} as const;
