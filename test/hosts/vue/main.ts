// A Vue 3 host: the template compiler treats `hw-*` tags as custom elements (see the
// `isCustomElement` option in the test's Vite config).
import { createApp } from 'vue';
import 'homework-elements/thought-record';
import App from './App.vue';

createApp(App).mount('#app');
