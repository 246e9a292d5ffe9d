import type { ReactiveController, ReactiveElement } from 'lit';
import { closestLang, resolveLocale, type ResolvedLocale } from './locale.js';
import { offLangChange, onLangChange, type LangWatcher } from './observe.js';

/** Each locale with `isolate: false`, made once and shared by every widget that can do without isolates. */
const unisolated = new WeakMap<ResolvedLocale, ResolvedLocale>();

/**
 * The direction of the widget's context from `dir` attributes (the `:dir()` pseudo-class: no style
 * is computed); undefined where the browser cannot say (no `:dir()`). CSS `direction` set without
 * `dir` is not seen: a page that does that gets isolates whenever its `lang` is not the strings'.
 */
function contextDirection(host: Element): 'ltr' | 'rtl' | undefined {
  try {
    return host.matches(':dir(rtl)') ? 'rtl' : 'ltr';
  } catch {
    return undefined;
  }
}

/**
 * Whether UI strings can go without an isolate at `host`: the strings are the page's language (not
 * English standing in), written in the direction of the context, which `dir` attributes set; and
 * the page's language is written that way too, so that no CSS `direction` can have turned it.
 */
function needsIsolates(locale: ResolvedLocale, host: Element): boolean {
  if (locale.fallback || locale.lang !== locale.pageLang) return true;
  const context = contextDirection(host);
  return context === undefined || context !== locale.dir;
}

/**
 * A widget's locale: the closest `lang` (across shadow roots), read when the widget is connected
 * and again whenever a `lang` or `dir` on the way up changes; the host updates when the locale does.
 * While the strings of its language are still loading, `value.ready` is set (see locale.ts).
 * Its host calls `hostConnected` and `hostDisconnected` itself (see LedeElement: no Lit controller set per widget).
 */
export class LocaleController implements ReactiveController, LangWatcher {
  /** The locale in force; English until the widget is connected. */
  value: ResolvedLocale = resolveLocale('');

  constructor(private readonly host: ReactiveElement) {
  }

  hostConnected(): void {
    this.read();
    onLangChange(this, this.host);
  }

  hostDisconnected(): void {
    offLangChange(this);
  }

  /** Called by onLangChange (the controller itself is what it keeps: no closure per widget). */
  langChanged(): void {
    this.read();
  }

  /** Reads the closest `lang` again (also once its strings have loaded); the host updates when it changed. */
  read(): void {
    let next = resolveLocale(closestLang(this.host));
    if (!next.ready && !needsIsolates(next, this.host)) {
      let shared = unisolated.get(next);
      if (!shared) unisolated.set(next, (shared = { ...next, isolate: false }));
      next = shared;
    }
    const same = (Object.keys(next) as Array<keyof ResolvedLocale>).every((key) => next[key] === this.value[key]);
    if (same && Object.keys(next).length === Object.keys(this.value).length) return;
    this.value = next;
    this.host.requestUpdate();
  }
}
