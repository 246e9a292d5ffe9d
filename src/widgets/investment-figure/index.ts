import { defineElement } from '../../core/define.js';
import { LedeInvestmentFigure } from './investment-figure.js';

export { LedeInvestmentFigure };
export type { FigureData, FigureModel } from './investment-figure.js';

defineElement('lede-investment-figure', LedeInvestmentFigure);
