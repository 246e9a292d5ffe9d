import { defineElement } from '../../core/define.js';
import { LedeExplainer } from './explainer.js';

export { LedeExplainer };
export { explainerSchema, type ExplainerData, type ExplainerModel } from './explainer.schema.js';

defineElement('lede-explainer', LedeExplainer);
