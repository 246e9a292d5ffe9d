/** @jsxImportSource preact */
// Type tests for `lede-widgets/preact`, checked by `npm run typecheck`.
import type {} from '../../src/preact.js';

export function Elements() {
  return (
    <div>
      <lede-quote-block lang="fr" speaker-role="Premier ministre" onlede-error={(event) => event.detail.problems}>
        Bonjour
      </lede-quote-block>
      <lede-quote-block speakerRole="PM" class="wide" />
      {/* @ts-expect-error: misspelled property */}
      <lede-quote-block speakerRol="PM" />
      {/* @ts-expect-error: attribute of the wrong type */}
      <lede-quote-block speaker-role={42} />
    </div>
  );
}
