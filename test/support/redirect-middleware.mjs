// A redirect for the browser tests, from the test page's own origin: `/__test/redirect?to=<url>`
// answers 302 to `to`, so a test can check that an element refuses to follow one.
export function redirectMiddleware(ctx, next) {
  if (ctx.path !== '/__test/redirect') return next();
  ctx.status = 302;
  ctx.set('Location', String(ctx.query.to ?? '/'));
  ctx.body = '';
  return undefined;
}
