/**
 * First renders share the main thread, without taxing a page that needs no sharing.
 *
 * A page whose HTML holds many widgets upgrades them all when the library loads. Widget work (a
 * widget connecting, its kind's Intl objects being made, its first render) runs at once, in the
 * task that asks for it, until that task has spent `renderSlices.budget` milliseconds on widgets
 * (measured with `performance.now()` from the first widget work in the task, see widgetWork): a
 * page with a few widgets draws them all in one task, as if nothing were scheduled. A piece of
 * work starts only while the time left holds a typical one of its kind (see typical), so a task
 * ends near its budget rather than one render past it. Only the work beyond the budget waits, in
 * one queue, drained in document order, a budget's worth per task, yielding to the browser between
 * tasks (see nextTask). A widget waiting in the queue is never asked again: each task costs the
 * work it does, not the number of widgets still waiting. Later updates of a drawn widget are not queued.
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
  /** Milliseconds of widget work (connecting, warming Intl, first renders) in one task before the rest waits for a later task. */
  budget: 30,
};

type Work = () => void;

/**
 * A piece of widget work: a first render, or what a kind of widget needs before its first render
 * (see FirstRender.prepare). `kind` names what it costs like (see typical).
 */
interface Unit {
  work: Work;
  kind: string;
  node?: Node;
  done?: () => void;
  failed?: (error: unknown) => void;
  /** Near the reader (see hurry): drawn before the rest of the queue, the most urgent first. */
  urgent?: number;
  /** Its kind's preparation, while that is queued too: hurried with it. */
  needs?: Unit;
}

/** What a widget asks for with its first render. */
export interface FirstRender {
  /** Draws the widget. */
  render: Work;
  /** The widget: waiting widgets are drawn in document order. */
  node?: Node;
  /** What its renders cost like: the widget's tag name. */
  kind?: string;
  /**
   * Work its kind needs once per page before its first render, in the same or an earlier task
   * (the Intl objects it will use): `kind` names it; the first widget that names it has it run.
   * The page's first Intl objects are the slowest work a widget does (128 ms at 4× CPU slowdown,
   * measured by `npm run bench`): as a piece of its own, it starts a task rather than ending one.
   */
  prepare?: { kind: string; work: Work };
}

/** Work waiting for a later task, in order. */
const queue: Unit[] = [];
/** Kinds of preparation asked for already. */
const prepared = new Set<string>();
/**
 * Whether work was queued after work on a widget that follows it in the document. Widgets ask in
 * the order they upgrade, and a page that loads each kind of widget as its own module upgrades them
 * kind by kind: without sorting, every quote of a page could be drawn before the first figure above them.
 */
let unsorted = false;
/** `Node.compareDocumentPosition` bits (no global read, so this module loads on a server). */
const PRECEDING = 2;
const FOLLOWING = 4;
const inDocumentOrder = (a: { node?: Node }, b: { node?: Node }): number => {
  const position = a.node && b.node ? a.node.compareDocumentPosition(b.node) : 0;
  return position & FOLLOWING ? -1 : position & PRECEDING ? 1 : 0;
};
/** Preparations queued and not run yet, by kind of preparation. */
const preparing = new Map<string, Unit>();
/** When the current task's budget ends (-1: no widget work in this task yet). */
let sliceEnd = -1;
/**
 * Milliseconds each kind of work takes on this page: an exponentially weighted average of its
 * runs, each counted as at most a quarter of the budget, so that one slow run (a garbage
 * collection, compiling the kind's template) does not make the next hundreds of renders wait for
 * a task of their own. Work of a kind
 * not seen yet is assumed to take half the budget: it starts only in a task's first half, so a slow
 * phone's first render of a new kind (25–46 ms at 4× CPU slowdown) starts a task rather than
 * making it long.
 */
const typical = new Map<string, number>();

/** Runs one piece of work, keeping `typical` up to date. */
function timed(unit: Unit): void {
  const start = performance.now();
  try {
    unit.work();
  } finally {
    const took = Math.min(performance.now() - start, renderSlices.budget / 4);
    const before = typical.get(unit.kind);
    typical.set(unit.kind, before === undefined ? took : before * 0.8 + took * 0.2);
  }
}

/** Whether this task's budget still holds a typical piece of work of `kind`. */
const roomFor = (kind: string): boolean => performance.now() + (typical.get(kind) ?? renderSlices.budget / 2) < sliceEnd;

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

/**
 * When this module was evaluated (`performance.now()`), until the task that evaluated it ends (a
 * microtask clears it): widgets that upgrade in that task, the tags of a page when the library
 * loads, count the library's own evaluation in the task's budget. That evaluation takes tens of
 * milliseconds on a slow phone (measured with a CPU profile at 4× slowdown), so a task that also
 * drew a budget's worth of widgets after it was a long task.
 */
let evaluatedAt: number | undefined = typeof performance === 'object' ? performance.now() : undefined;
if (evaluatedAt !== undefined) queueMicrotask(() => (evaluatedAt = undefined));

/** Starts this task's budget; it ends with the task (a later task that draws starts a fresh one). */
function startSlice(): void {
  sliceEnd = (evaluatedAt ?? performance.now()) + renderSlices.budget;
  void nextTask().then(() => {
    if (!queue.length) sliceEnd = -1;
  });
}

/** Runs queued work, in order, for one budget per task (at least one piece); yields and comes back while some waits. */
async function drain(): Promise<void> {
  while (queue.length) {
    await nextTask();
    sliceEnd = performance.now() + renderSlices.budget;
    // Sorting a queue made of sorted runs (one per kind of widget) is close to linear.
    if (unsorted) queue.sort(inDocumentOrder);
    unsorted = false;
    if (hurried) hurryQueued();
    do {
      const unit = queue.shift()!;
      try {
        timed(unit);
        unit.done?.();
      } catch (error) {
        unit.failed?.(error);
      }
    } while (queue.length && roomFor(queue[0].kind));
  }
  sliceEnd = -1;
}

/** Queues `unit`; the first in an empty queue starts draining it in a later task. */
function enqueue(unit: Unit): void {
  const last = queue.at(-1);
  if (last && inDocumentOrder(last, unit) > 0) unsorted = true;
  if (queue.push(unit) === 1) void drain();
}

/**
 * Runs a widget's first render now when this task's budget holds it (and its kind's preparation,
 * the first time), else queues it for a later task; queued widgets are drawn in document order.
 * Returns undefined when it ran now, or a promise that settles once it has run.
 */
export function firstRender({ render, node, kind = '', prepare }: FirstRender): Promise<void> | undefined {
  if (sliceEnd < 0) startSlice();
  if (prepare && !prepared.has(prepare.kind)) {
    prepared.add(prepare.kind);
    // Like a render, minus its outcome: a preparation that throws leaves the widget to report when it draws.
    const unit: Unit = { work: prepare.work, kind: prepare.kind, node };
    if (!queue.length && roomFor(unit.kind)) timed(unit);
    else {
      const { work } = unit;
      unit.work = () => (preparing.delete(prepare.kind), work());
      preparing.set(prepare.kind, unit);
      enqueue(unit);
    }
  }
  if (!queue.length && roomFor(kind)) {
    timed({ work: render, kind });
    return undefined;
  }
  const needs = prepare && preparing.get(prepare.kind);
  return new Promise<void>((done, failed) => enqueue({ work: render, kind, node, done, failed, needs }));
}

/**
 * Moves the waiting first render of `node` towards the front of the queue, with its kind's
 * preparation when that still waits: for a widget the reader is about to see (see
 * waiting-view.ts), so that a page opened mid-way, or scrolled fast, does not wait for every
 * widget above. Work hurried with a higher `urgency` goes first; equal urgency keeps document
 * order. Does nothing for a widget not waiting.
 */
export function hurry(node: Node, urgency = 1): void {
  const unit = queue.find((candidate) => candidate.node === node && candidate.done);
  if (!unit || (unit.urgent ?? 0) >= urgency) return;
  unit.urgent = urgency;
  // Queued before every render of its kind, it stays before them (see hurryQueued).
  if (unit.needs && (unit.needs.urgent ?? 0) < urgency) unit.needs.urgent = urgency;
  hurried = true;
}

/** Whether some queued work was hurried since the queue was last put in order. */
let hurried = false;

/**
 * Puts hurried work first, the most urgent first, each level in queue order: a stable partition
 * rather than a sort, since comparing the document positions of thousands of sibling widgets is
 * slow (each comparison walks the siblings between them).
 */
function hurryQueued(): void {
  hurried = false;
  const levels = [...new Set(queue.map((unit) => unit.urgent ?? 0))].sort((a, b) => b - a);
  const ordered = levels.flatMap((level) => queue.filter((unit) => (unit.urgent ?? 0) === level));
  queue.length = 0;
  for (const unit of ordered) queue.push(unit);
}
