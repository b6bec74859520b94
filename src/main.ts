// Faces for the room: a typewriter for papers and markings, IBM Plex Sans for the interface.
import '@fontsource/special-elite/400.css';
import '@fontsource/ibm-plex-sans/400.css';
import '@fontsource/ibm-plex-sans/600.css';
import './ui/overlay.css';
import './ui/play/play.css';
import { registerServiceWorker } from './offline/register';
import { bootApp } from './ui/startUp';

bootApp();
registerServiceWorker();
