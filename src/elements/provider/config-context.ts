// The context that carries shared configuration from <hw-provider> to every widget.
// A string key (not a Symbol) so a CDN copy and an npm copy of the library on one page
// still find each other.
import { createContext } from '@lit/context';
import type { HomeworkConfig } from '../../core/config.js';

export const configContext = createContext<HomeworkConfig | undefined>('homework-elements/config');
