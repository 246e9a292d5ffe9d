/**
 * First renders share the main thread. A page whose HTML holds many widgets upgrades them all when
 * the library loads; drawn in one go, 100 widgets make a task long enough to delay the reader's
 * taps and scrolls. Instead, first renders run in slices of `renderSlices.budget` milliseconds,
 * yielding to the browser between slices. Document order is kept, so the widgets at the top of
 * the page (the ones on screen) draw in the first slice, before the first paint when the script
 * blocks rendering. Later updates of a drawn widget are not sliced.
 */

/** Settings for the page's first renders. */
export const renderSlices = {
  /** Milliseconds of first renders before yielding to the browser (the first render of a slice always runs). */
  budget: 16,
};

let sliceEnd = -1;
let renderedInSlice = 0;
let waiting: Promise<void> | undefined;

/** Yields to the browser: a message is delivered after pending input and rendering, with no timer clamping. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

function startSlice(): void {
  sliceEnd = performance.now() + renderSlices.budget;
  renderedInSlice = 0;
  // The slice ends with the current task: the next task that draws starts a fresh one.
  void nextTask().then(() => {
    if (!waiting) sliceEnd = -1;
  });
}

/**
 * Call before a first render: undefined when it may run now, otherwise a promise to wait for
 * (then ask again). Widgets asking while others wait queue behind them.
 */
export function firstRenderTurn(): Promise<void> | undefined {
  if (waiting) return waiting;
  if (sliceEnd < 0) startSlice();
  if (renderedInSlice === 0 || performance.now() < sliceEnd) {
    renderedInSlice++;
    return undefined;
  }
  waiting = nextTask().then(() => {
    waiting = undefined;
    startSlice();
  });
  return waiting;
}
