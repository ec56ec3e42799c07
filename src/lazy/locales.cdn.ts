// Classic-script twin of locales.ts: the client widgets' part of each translation, from
// dist/cdn/locales/<lang>.js beside the script.
import { loadersBesideScript } from '../cdn/locales-beside-script.js';

export const localeLoaders = loadersBesideScript('');
