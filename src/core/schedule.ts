/**
 * First renders share the main thread, without taxing a page that needs no sharing.
 *
 * A page whose HTML holds many widgets upgrades them all when the library loads. First renders run
 * at once, in the task that asks for them, until that task has spent `renderSlices.budget`
 * milliseconds on them (measured with `performance.now()`): a page with a few widgets draws them
 * all in one task, as if nothing were scheduled. Only the first renders beyond the budget wait, in
 * one queue, drained in document order, a budget's worth per task, yielding to the browser between
 * tasks (see nextTask). A widget waiting in the queue is never asked again: each slice costs
 * the renders it does, not the number still waiting. Later updates of a drawn widget are not
 * queued.
 */

/** Settings for the page's first renders. */
export const renderSlices = {
  /** Milliseconds of first renders in one task before the rest wait for the next (the first render of a task always runs). */
  budget: 10,
};

type Render = () => void;

/** First renders waiting for a later task, in the order they asked. */
const queue: Array<{ render: Render; done: () => void; failed: (error: unknown) => void }> = [];
/** When the current task's budget ends (-1: no first render in this task yet). */
let sliceEnd = -1;

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
    do {
      const { render, done, failed } = queue.shift()!;
      try {
        render();
        done();
      } catch (error) {
        failed(error);
      }
    } while (queue.length && performance.now() < sliceEnd);
  }
  sliceEnd = -1;
}

/**
 * Runs `render` (a widget's first render) now when this task's budget allows, else queues it for a
 * later task. Returns undefined when it ran now, or a promise that settles once it has run.
 */
export function firstRender(render: Render): Promise<void> | undefined {
  if (!queue.length) {
    if (sliceEnd < 0) startSlice();
    if (performance.now() < sliceEnd) {
      render();
      return undefined;
    }
  }
  return new Promise<void>((done, failed) => {
    if (queue.push({ render, done, failed }) === 1) void drain();
  });
}
