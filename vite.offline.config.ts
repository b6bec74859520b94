// The single-file build for classrooms without a network: `npm run build:offline` writes
// dist-offline/eyes-only-black-saturday.html, which runs when opened from a USB stick (see src/offline/).
import { defineConfig } from 'vite';
import { singleFileConfig } from './src/offline/singleFile';
import base from './vite.config';

export default defineConfig(singleFileConfig(base));
