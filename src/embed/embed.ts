/** Entry of `dist/embed.html`: shows the widget its address names, and reports its height to the parent page. */
import '../index.js';
import { createEmbeddedWidget } from './embed-widget.js';
import { reportHeight } from './report-height.js';

const params = new URLSearchParams(location.search);
const lang = params.get('lang');
if (lang) document.documentElement.lang = lang;
document.querySelector('main')?.replaceChildren(createEmbeddedWidget(params, location.hash));
if (window.parent !== window) reportHeight(document.documentElement, window.parent, params.get('childId') ?? '');
