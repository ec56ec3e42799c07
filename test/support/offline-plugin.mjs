// Cuts the test page off from the files whose path contains a given text, as a lost
// connection does (Chromium's own "internet disconnected" failure), until the test restores
// them: for code the widgets load on demand. In a test:
//   executeServerCommand('offline', { path: 'panel-views' }) ... executeServerCommand('online')
export function offlinePlugin() {
  const cut = new Map(); // session id -> the route handler to remove
  const restore = async (page, id) => {
    const route = cut.get(id);
    cut.delete(id);
    if (route) await page.unroute(route.matches, route.handler);
  };
  return {
    name: 'offline',
    async executeCommand({ command, payload, session }) {
      if (command !== 'offline' && command !== 'online') return undefined;
      const page = session.browser.getPage(session.id);
      await restore(page, session.id);
      if (command === 'offline') {
        const route = {
          matches: (url) => url.pathname.includes(payload.path),
          handler: (request) => request.abort('internetdisconnected'),
        };
        cut.set(session.id, route);
        await page.route(route.matches, route.handler);
      }
      return true;
    },
  };
}
