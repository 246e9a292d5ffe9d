import { defineElement } from '../../core/define.js';
import { LedeTimeline } from './timeline.js';

export { LedeTimeline };
export { timelineSchema, type TimelineData, type TimelineEvent, type TimelineModel } from './timeline.schema.js';

defineElement('lede-timeline', LedeTimeline);
