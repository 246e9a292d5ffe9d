/**
 * First renders share the main thread, without taxing a page that needs no sharing.
 *
 * A page whose HTML holds many widgets upgrades them all when the library loads. First renders run
 * at once, in the task that asks for them, until that task has spent `renderSlices.budget`
 * milliseconds on widgets (measured with `performance.now()` from the first widget that connects
 * or renders in the task, see widgetWork): a page with a few widgets draws them
 * all in one task, as if nothing were scheduled. A render starts only while the time left holds a
 * typical first render (their running average), so a task ends near its budget rather than one
 * render past it. Only the first renders beyond the budget wait, in one queue, drained in document
 * order, a budget's worth per task, yielding to the browser between tasks (see nextTask). A widget
 * waiting in the queue is never asked again: each slice costs the renders it does, not the number
 * still waiting. Later updates of a drawn widget are not queued.
 *
 * The budget is a trade (`npm run bench` measures both ends): every yield lets the browser render
 * a frame, and a frame's style, pre-paint and paint work grows with everything already on the page
 * (about 15 ms per frame for 1,000 drawn figures in Chromium 156, measured with a trace), so small
 * slices multiply that cost on long pages; large slices make the next frame's layout of what they
 * drew a long task. With 30 ms, the longest task while 100 widgets upgrade stays near 50 ms (most
 * loads none over it, the worst about 60 ms) while 1,000 and 5,000 quotes draw within 1.11× of
 * their static floor (10 ms: 1.22× and 1.43×; BENCHMARKS.md).
 */

/** Settings for the page's first renders. */
export const renderSlices = {
  /** Milliseconds of widget work (connecting, first renders) in one task before the remaining first renders wait for a later task. */
  budget: 30,
};

type Render = () => void;

/** First renders waiting for a later task, with the widget each draws. */
const queue: Array<{ render: Render; node?: Node; done: () => void; failed: (error: unknown) => void }> = [];
/**
 * Whether a widget was queued after one that follows it in the document. Widgets ask in the order
 * they upgrade, and a page that loads each kind of widget as its own module upgrades them kind by
 * kind: without sorting, every quote of a page could be drawn before the first figure above them.
 */
let unsorted = false;
/** `Node.compareDocumentPosition` bits (no global read, so this module loads on a server). */
const PRECEDING = 2;
const FOLLOWING = 4;
const inDocumentOrder = (a: { node?: Node }, b: { node?: Node }): number => {
  const position = a.node && b.node ? a.node.compareDocumentPosition(b.node) : 0;
  return position & FOLLOWING ? -1 : position & PRECEDING ? 1 : 0;
};
/** When the current task's budget ends (-1: no first render in this task yet). */
let sliceEnd = -1;
/**
 * Milliseconds a first render takes on this page: an exponentially weighted average, each render
 * counted as at most a quarter of the budget, so that one slow render (the page's first Intl use,
 * compiling a template) does not hold back the ones after it.
 */
let typical = 0;

/** Runs one first render, keeping `typical` up to date. */
function timed(render: Render): void {
  const start = performance.now();
  try {
    render();
  } finally {
    typical = typical * 0.8 + Math.min(performance.now() - start, renderSlices.budget / 4) * 0.2;
  }
}

/** Whether this task's budget still holds a typical first render. */
const roomLeft = (): boolean => performance.now() + typical < sliceEnd;

/**
 * Yields to the browser: resolves in a later task, after pending input and rendering, with no timer
 * clamping. A plain task (a message), not `scheduler.yield()`: a continuation of `scheduler.yield()`
 * runs before the page's other tasks, so a long queue would hold back the page's own network
 * callbacks and timers until the last widget is drawn (1,500 queued widgets held a page's WebSocket
 * messages for 4.9 s in Chromium 156); a message takes its turn with them.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => waiting.shift()?.();
    }
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}
/**
 * One channel for the page, held here: a channel made per call and referenced by nothing but its
 * own handler can be garbage-collected with its message in flight (Firefox ESR lost such messages
 * under load, so queued widgets never drew). Each message resolves the oldest waiter.
 */
let channel: MessageChannel | undefined;
const waiting: Array<() => void> = [];

/**
 * Starts this task's budget at the first widget work in it, unless it has started: a widget that
 * connects before its first render (its constructor's and connectedCallback's work, for every
 * widget a page upgrades at once) spends the same task's time as the renders that follow.
 */
export function widgetWork(): void {
  if (sliceEnd < 0) startSlice();
}

/** Starts this task's budget; it ends with the task (a later task that draws starts a fresh one). */
function startSlice(): void {
  sliceEnd = performance.now() + renderSlices.budget;
  void nextTask().then(() => {
    if (!queue.length) sliceEnd = -1;
  });
}

/** Runs queued first renders, in order, for one budget; yields and comes back while some wait. */
async function drain(): Promise<void> {
  while (queue.length) {
    await nextTask();
    sliceEnd = performance.now() + renderSlices.budget;
    // Sorting a queue made of sorted runs (one per kind of widget) is close to linear.
    if (unsorted) queue.sort(inDocumentOrder);
    unsorted = false;
    do {
      const { render, done, failed } = queue.shift()!;
      try {
        timed(render);
        done();
      } catch (error) {
        failed(error);
      }
    } while (queue.length && roomLeft());
  }
  sliceEnd = -1;
}

/**
 * Runs `render` (the first render of the widget `node`) now when this task's budget allows, else
 * queues it for a later task; queued widgets are drawn in document order. Returns undefined when
 * it ran now, or a promise that settles once it has run.
 */
export function firstRender(render: Render, node?: Node): Promise<void> | undefined {
  if (!queue.length) {
    const first = sliceEnd < 0;
    if (first) startSlice();
    if (first ? performance.now() < sliceEnd : roomLeft()) {
      timed(render);
      return undefined;
    }
  }
  return new Promise<void>((done, failed) => {
    const last = queue.at(-1);
    if (last && inDocumentOrder(last, { node }) > 0) unsorted = true;
    if (queue.push({ render, node, done, failed }) === 1) void drain();
  });
}
