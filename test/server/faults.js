// Network faults for `src`, served by the test runner's own server (Koa middleware), so the
// widgets meet real HTTP: real status codes, real redirects, real delays, real aborted connections.
// Nothing in the browser is mocked.
//
//   POST /__faults/store                     body = a JSON document → {"id"}   (kept for the run)
//   GET  /__faults/<key>/<fault>?…           one fault, counted under <key>
//   GET  /__faults/stats/<key>               → {"requests": {fault: n}, "total": n, "aborted": n}
//
// <key> is chosen by each test (random), so Chromium and Firefox running side by side never share
// counts. Faults: doc (?id= a stored document), status (?code=), hang, slow (?ms=, ?id=),
// invalid-json, html, text-plain (?id=), big (?mb=, with Content-Length), big-chunked (?mb=, streamed
// without a length), redirect (?hops=, ?id=), redirect-loop, page (?id= a stored JSON string served as
// HTML, ?csp= its Content-Security-Policy header).

const PREFIX = '/__faults/';
/** A hanging request is released after this long even if the browser never gives up. */
const HANG_CAP_MS = 30_000;

const documents = new Map();
const stats = new Map();
let nextId = 0;

function statsFor(key) {
  let entry = stats.get(key);
  if (!entry) stats.set(key, (entry = { requests: {}, total: 0, aborted: 0 }));
  return entry;
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Waits `ms`, or less if the client goes away; resolves true when it went away. */
function waitOrAbort(ctx, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => done(false), ms);
    const onClose = () => done(!ctx.res.writableFinished);
    function done(aborted) {
      clearTimeout(timer);
      ctx.res.off('close', onClose);
      resolve(aborted);
    }
    ctx.res.on('close', onClose);
  });
}

function drainedOrClosed(res) {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done).off('close', done);
      resolve();
    };
    res.on('drain', done).on('close', done);
  });
}

/** A valid JSON document of about `mb` megabytes. */
function bigDocument(mb) {
  return JSON.stringify({ text: 'big', padding: 'x'.repeat(Math.round(mb * 1024 * 1024)) });
}

function sendStored(ctx, id, type = 'application/json') {
  const body = documents.get(id);
  if (body === undefined) {
    ctx.status = 410;
    ctx.body = 'unknown document';
    return;
  }
  ctx.type = type;
  ctx.body = body;
}

async function fault(ctx, key, name, query) {
  const entry = statsFor(key);
  entry.requests[name] = (entry.requests[name] ?? 0) + 1;
  entry.total++;
  ctx.set('cache-control', 'no-store');
  switch (name) {
    case 'doc':
      return sendStored(ctx, query.get('id'));
    case 'status':
      ctx.status = Number(query.get('code') ?? 500);
      ctx.type = 'text/plain';
      ctx.body = `fault ${ctx.status}`;
      return;
    case 'hang':
      if (await waitOrAbort(ctx, HANG_CAP_MS)) entry.aborted++;
      ctx.status = 504;
      return;
    case 'slow':
      if (await waitOrAbort(ctx, Number(query.get('ms') ?? 500))) {
        entry.aborted++;
        ctx.status = 204; // nobody is listening any more
        return;
      }
      return sendStored(ctx, query.get('id'));
    case 'invalid-json':
      ctx.type = 'application/json';
      ctx.body = '{"text": "unterminated';
      return;
    case 'html':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Not here</title><p>This page moved.</p>';
      return;
    case 'text-plain':
      return sendStored(ctx, query.get('id'), 'text/plain');
    case 'big':
      ctx.type = 'application/json';
      ctx.body = bigDocument(Number(query.get('mb') ?? 5));
      return;
    case 'big-chunked': {
      const body = bigDocument(Number(query.get('mb') ?? 5));
      ctx.type = 'application/json';
      ctx.status = 200;
      ctx.respond = false; // write by hand: no Content-Length, 64 KB chunks
      ctx.res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      for (let i = 0; i < body.length && !ctx.res.destroyed; i += 65_536) {
        if (!ctx.res.write(body.slice(i, i + 65_536))) await drainedOrClosed(ctx.res);
      }
      if (ctx.res.destroyed) entry.aborted++;
      ctx.res.end();
      return;
    }
    case 'redirect': {
      const hops = Number(query.get('hops') ?? 1);
      const next = hops > 1 ? `redirect?hops=${hops - 1}&id=${query.get('id')}` : `doc?id=${query.get('id')}`;
      ctx.status = 302;
      ctx.set('location', `${PREFIX}${key}/${next}`);
      return;
    }
    case 'page': {
      // A stored JSON string served as an HTML page, with `csp` as its Content-Security-Policy header.
      const stored = documents.get(query.get('id'));
      ctx.type = 'text/html';
      if (query.get('csp')) ctx.set('content-security-policy', query.get('csp'));
      ctx.body = stored === undefined ? '' : JSON.parse(stored);
      return;
    }
    case 'redirect-loop':
      ctx.status = 302;
      ctx.set('location', `${PREFIX}${key}/redirect-loop`);
      return;
    default:
      ctx.status = 404;
      ctx.body = `unknown fault ${name}`;
  }
}

/** Koa middleware for @web/test-runner's `middleware` option. */
export async function faultMiddleware(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const [first, second] = ctx.path.slice(PREFIX.length).split('/');
  if (first === 'store' && ctx.method === 'POST') {
    const id = String(++nextId);
    documents.set(id, await readBody(ctx.req));
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ id });
    return;
  }
  if (first === 'stats' && second) {
    ctx.set('cache-control', 'no-store');
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(statsFor(second));
    return;
  }
  if (first && second) return fault(ctx, first, second, new URLSearchParams(ctx.querystring));
  return next();
}
