/** Settings: text size for projectors, sound and volume, reduced motion, high contrast, historian's hints. */
import { type Settings, TEXT_SCALES } from '../session/settings';
import { h } from './dom';

export { applySettings } from './applySettings';

/** `onClose` runs after the dialog has gone, e.g. to redraw the desk for a change of hints. */
export function openSettings(
  host: HTMLElement,
  current: Settings,
  onChange: (next: Settings) => void,
  onClose?: () => void,
): void {
  const opener = document.activeElement as HTMLElement | null;
  let settings = { ...current };
  const update = (patch: Partial<Settings>) => {
    settings = { ...settings, ...patch };
    onChange(settings);
  };
  const close = () => {
    dialog.close();
    dialog.remove();
    opener?.focus();
    onClose?.();
  };
  const dialog = h(
    'dialog',
    { class: 'dialog settings', 'aria-labelledby': 'settings-heading' },
    h('h2', { id: 'settings-heading' }, 'Settings'),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Text size'),
      ...TEXT_SCALES.map((scale) =>
        h(
          'label',
          { class: 'choice-line' },
          h('input', {
            type: 'radio',
            name: 'text-scale',
            value: scale,
            checked: scale === settings.textScale,
            onchange: () => update({ textScale: scale }),
          }),
          ` ${Math.round(scale * 100)}%${scale === 1.5 ? ' (projector)' : ''}`,
        ),
      ),
    ),
    h(
      'label',
      { class: 'choice-line' },
      h('input', {
        type: 'checkbox',
        checked: settings.sound,
        onchange: (e: Event) => update({ sound: (e.target as HTMLInputElement).checked }),
      }),
      ' Sound (captions are always shown)',
    ),
    h(
      'label',
      { class: 'choice-line' },
      'Volume ',
      h('input', {
        type: 'range',
        min: 0,
        max: 100,
        value: Math.round(settings.volume * 100),
        'aria-label': 'Volume',
        onchange: (e: Event) => update({ volume: Number((e.target as HTMLInputElement).value) / 100 }),
      }),
    ),
    h(
      'label',
      { class: 'choice-line' },
      h('input', {
        type: 'checkbox',
        checked: settings.reducedMotion,
        onchange: (e: Event) => update({ reducedMotion: (e.target as HTMLInputElement).checked }),
      }),
      ' Reduced motion',
    ),
    h(
      'label',
      { class: 'choice-line' },
      h('input', {
        type: 'checkbox',
        checked: settings.highContrast,
        onchange: (e: Event) => update({ highContrast: (e.target as HTMLInputElement).checked }),
      }),
      ' High contrast',
    ),
    h(
      'label',
      { class: 'choice-line' },
      h('input', {
        type: 'checkbox',
        checked: settings.historianHints,
        'aria-describedby': 'settings-hints-note',
        onchange: (e: Event) => update({ historianHints: (e.target as HTMLInputElement).checked }),
      }),
      ' Historian’s hints',
    ),
    h(
      'p',
      { class: 'settings__note', id: 'settings-hints-note' },
      'Shows during play what the record did and what the players of the day could not know then. Off for a first game: the after-action review shows it all.',
    ),
    h('button', { type: 'button', class: 'button button--primary', onclick: close }, 'Done'),
  );
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    close();
  });
  host.append(dialog);
  dialog.showModal();
}
