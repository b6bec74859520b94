// The single-file build for classrooms without a network: `npm run build:offline` writes
// dist-offline/eyes-only-black-saturday.html, which runs when opened from a USB stick
// (see scripts/vite-single-file.ts).
import { defineConfig } from 'vite';
import { singleFileConfig } from './scripts/vite-single-file.ts';
import base from './vite.config.ts';

export default defineConfig(singleFileConfig(base));
