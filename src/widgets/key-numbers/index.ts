import { defineElement } from '../../core/define.js';
import { LedeKeyNumbers } from './key-numbers.js';

export { LedeKeyNumbers };
export { keyNumbersSchema, type KeyNumber, type KeyNumbersData, type KeyNumbersModel } from './key-numbers.schema.js';

defineElement('lede-key-numbers', LedeKeyNumbers);
