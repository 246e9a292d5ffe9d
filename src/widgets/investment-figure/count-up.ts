/**
 * Counting up, loaded the first time a figure with `count-up` is drawn (most figures never
 * count). It imports nothing at run time: the classic script loads this same file.
 */

export interface CountUp {
  /** The number to watch: counting starts once it is fully in view. */
  number: Element;
  /** The aria-hidden copy laid over the real number, which stays in the DOM, keeping its place. */
  copy: HTMLElement;
  /** The value to reach, its decimals and the reader's locale (numbers are written as the drawn one is), read when counting starts. */
  target: () => { value: number; digits: number; tag: string };
  /** Milliseconds from 0 to the value. */
  duration: number;
  /** Called once the number has been seen (whether or not it then counts). */
  seen: () => void;
  /** Called when counting has ended or was stopped. */
  ended: () => void;
}

/**
 * Counts once, when the number is fully in view; never under `prefers-reduced-motion`. Frames
 * write the copy's text directly, never through Lit. Returns a function that stops it.
 */
export function countUp({ number, copy, target, duration, seen, ended }: CountUp): () => void {
  let frame = 0;
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      seen();
      const { value, digits, tag } = target();
      if (Number.isNaN(value) || matchMedia('(prefers-reduced-motion: reduce)').matches) return stop();
      const format = new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits });
      const start = performance.now();
      const draw = (now: number) => {
        // A frame's time may precede `start` (it is when the frame began): never below 0, so never "-0,1".
        const progress = Math.min(1, Math.max(0, (now - start) / duration));
        copy.textContent = format.format(value * (1 - (1 - progress) ** 3));
        if (progress < 1) frame = requestAnimationFrame(draw);
        else stop();
      };
      copy.hidden = false;
      frame = requestAnimationFrame(draw);
    },
    { threshold: 1 },
  );
  const stop = () => {
    observer.disconnect();
    cancelAnimationFrame(frame);
    copy.hidden = true;
    ended();
  };
  observer.observe(number);
  return stop;
}
