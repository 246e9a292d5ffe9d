import { defineElement } from '../../core/define.js';
import { LedeInvestmentFigure } from './investment-figure.js';

export { LedeInvestmentFigure };
export { investmentFigureSchema, type ComparisonItem, type FigureData, type FigureModel } from './investment-figure.schema.js';

defineElement('lede-investment-figure', LedeInvestmentFigure);
