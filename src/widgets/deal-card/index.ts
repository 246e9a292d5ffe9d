import { defineElement } from '../../core/define.js';
import { LedeDealCard } from './deal-card.js';

export { LedeDealCard };
export { DEAL_STATUSES, PARTY_KINDS, dealCardSchema } from './deal-card.schema.js';
export type { DealData, DealModel, DealParty, DealStatus, DealTerm, PartyKind } from './deal-card.schema.js';

defineElement('lede-deal-card', LedeDealCard);
