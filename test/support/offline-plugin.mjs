// Cuts the test page off from the files whose path contains a given text, as a lost
// connection does (Chromium's own "internet disconnected" failure), until the test restores
// them: for code the widgets load on demand. Or holds those requests unanswered, as a slow
// connection does, until the test lets them go. In a test:
//   executeServerCommand('offline', { path: 'panel-views' }) ... executeServerCommand('online')
//   executeServerCommand('hold', { path: '/i18n/hi/' }) ... executeServerCommand('online')
export function offlinePlugin() {
  const cut = new Map(); // session id -> { matches, handler, held: the requests waiting }
  const restore = async (page, id) => {
    const route = cut.get(id);
    cut.delete(id);
    if (!route) return;
    // Let the held requests go first: unrouting would settle them itself.
    for (const held of route.held.splice(0)) await held.continue();
    await page.unroute(route.matches, route.handler);
  };
  return {
    name: 'offline',
    async executeCommand({ command, payload, session }) {
      if (!['offline', 'hold', 'online'].includes(command)) return undefined;
      const page = session.browser.getPage(session.id);
      await restore(page, session.id);
      if (command !== 'online') {
        const held = [];
        const route = {
          held,
          matches: (url) => url.pathname.includes(payload.path),
          handler: (request) => (command === 'hold' ? held.push(request) : request.abort('internetdisconnected')),
        };
        cut.set(session.id, route);
        await page.route(route.matches, route.handler);
      }
      return true;
    },
  };
}
