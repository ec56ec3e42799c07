// Starts the real reference endpoint (fault mode on, in-memory database) for the
// browser tests; a test asks for its URL with executeServerCommand('reference-server').
import { startServer } from '../../server/app.mjs';

export function referenceServerPlugin() {
  let running;
  return {
    name: 'reference-server',
    async serverStart() {
      running = await startServer({ port: 0, faults: true, db: ':memory:' });
    },
    async serverStop() {
      await running?.close();
    },
    executeCommand({ command }) {
      if (command === 'reference-server') return { url: running.url };
      return undefined;
    },
  };
}
