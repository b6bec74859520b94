/** The game's name and date, shared by the canvas art and the HTML overlay. */
export const GAME_NAME = 'Eyes Only: Black Saturday';
export const GAME_NAME_STAMP = 'EYES ONLY';
export const GAME_NAME_TITLE = 'Black Saturday';
export const GAME_DATE = '27 October 1962';
