// The CDN bundles carry their own private copy of zod, so configuring it globally is
// safe there (never in the npm build, where zod may be the host's). jitless keeps zod
// from probing `new Function`, which a strict CSP would report.
import * as z from 'zod/mini';

z.config({ jitless: true });
