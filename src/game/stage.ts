/**
 * Which Phaser scene the room shows, asked for by the app before or after Phaser has loaded: the
 * HTML title is interactive at once, and the canvas catches up with whatever was asked meanwhile.
 */
import type Phaser from 'phaser';
import { type SceneKey, SceneKeys } from '../scenes/keys';
import type { Pacer } from './pacer';

export interface Stage {
  /** The title's room (the folder on the table), behind the title and the menus. */
  showTitle(): void;
  /** The Cabinet Room's board, behind the play desk. The UI asks for rooms by name, never by scene key. */
  showBoard(): void;
  show(key: SceneKey): void;
  wanted(): SceneKey;
  /** Called by the Preloader when the room is ready. */
  attach(game: Phaser.Game): void;
  /** The room sleeps between changes; a change of scene wakes it. */
  usePacer(pacer: Pacer): void;
}

export function createStage(): Stage {
  let wanted: SceneKey = SceneKeys.Title;
  let game: Phaser.Game | null = null;
  let pacer: Pacer | null = null;
  const apply = () => {
    if (!game) return;
    pacer?.poke();
    for (const scene of game.scene.getScenes(true)) {
      if (scene.scene.key !== wanted) scene.scene.stop();
    }
    if (!game.scene.isActive(wanted)) game.scene.start(wanted);
  };
  const show = (key: SceneKey) => {
    wanted = key;
    apply();
  };
  return {
    showTitle: () => show(SceneKeys.Title),
    showBoard: () => show(SceneKeys.CabinetRoom),
    show,
    wanted: () => wanted,
    attach(g) {
      game = g;
      apply();
    },
    usePacer(p) {
      pacer = p;
    },
  };
}
