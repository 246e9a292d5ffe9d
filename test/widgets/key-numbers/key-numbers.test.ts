import { WIDGETS } from '../../security/widgets.js';
import { runBaseBehaviour } from '../../shared/base-behaviour.js';

runBaseBehaviour(WIDGETS.find((widget) => widget.tag === 'lede-key-numbers')!);
