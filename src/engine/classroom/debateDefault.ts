/**
 * The set-up's default debate at each decision, in minutes: one value for the set-up form and for a
 * facilitator's guide printed before a class was set up. On its own so the set-up screen (on every
 * player's way into a game) does not bring in the packets' code.
 */
export const DEFAULT_DEBATE_MINUTES = 5;
