import type { ReactiveController, ReactiveElement } from 'lit';
import { closestLang, resolveLocale, type ResolvedLocale } from './locale.js';
import { onLangChange } from './observe.js';

/**
 * A widget's locale: the closest `lang` (across shadow roots), read when the widget is connected
 * and again whenever a `lang` on the way up changes; the host updates when the locale does.
 * While the strings of its language are still loading, `value.ready` is set (see locale.ts).
 */
export class LocaleController implements ReactiveController {
  /** The locale in force; English until the widget is connected. */
  value: ResolvedLocale = resolveLocale('');
  private stop?: () => void;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.read();
    this.stop = onLangChange(() => this.read(), this.host);
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
  }

  /** Reads the closest `lang` again (also once its strings have loaded); the host updates when it changed. */
  read(): void {
    const next = resolveLocale(closestLang(this.host));
    const same = (Object.keys(next) as Array<keyof ResolvedLocale>).every((key) => next[key] === this.value[key]);
    if (same && Object.keys(next).length === Object.keys(this.value).length) return;
    this.value = next;
    this.host.requestUpdate();
  }
}
