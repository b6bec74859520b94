/** The game's code chunk: the scenario (validated at build time), the sound and the app (which builds the engine through the session). */
import scenario from 'virtual:scenario';
import { mountCaptions } from '../audio/captions';
import { createSound } from '../audio/sound';
import type { Stage } from '../game/stage';
import { App } from './app';

export function createApp(root: HTMLElement, stage: Stage): App {
  const captions = mountCaptions(document.body);
  const sound = createSound({ onCaption: (text) => captions.show(text) });
  return new App({ root, scenario, stage, sound });
}
