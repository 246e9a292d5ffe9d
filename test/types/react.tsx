// Type tests, checked by `npm run typecheck`: every `@ts-expect-error` must be an error, the rest must pass.
// (TypeScript lets any unknown hyphenated JSX attribute through, like `data-*`: a misspelled
// kebab-case attribute cannot be caught, a misspelled property or a wrong value type can.)
import type { LedeErrorDetail } from '../../src/index.js';
import { Explainer, KeyNumbers, Profile, QuoteBlock, Timeline } from '../../src/react/index.js';

export function Wrappers() {
  return (
    <>
      <QuoteBlock speaker="Ana" speakerRole="PM" theme="dark" onLedeError={(event) => event.detail.problems.map((problem) => problem.field)}>
        Bonjour
      </QuoteBlock>
      <QuoteBlock data={{ text: 'Bonjour' }} />
      {/* @ts-expect-error: misspelled property */}
      <QuoteBlock speakerRol="PM" />
      {/* @ts-expect-error: not a theme */}
      <QuoteBlock theme="blue" />
      {/* @ts-expect-error: the event handler's detail is typed */}
      <QuoteBlock onLedeError={(event) => event.detail.nothing} />
    </>
  );
}

export function Elements() {
  const onError = (event: CustomEvent<LedeErrorDetail>) => event.detail.problems;
  return (
    <>
      <lede-quote-block lang="fr" speaker-role="Premier ministre" source-url="https://example.com/" onlede-error={onError}>
        Bonjour
      </lede-quote-block>
      <lede-quote-block speakerRole="PM" data={{ text: 'Bonjour', speaker: 'Ana' }} className="wide" />
      {/* @ts-expect-error: misspelled property */}
      <lede-quote-block speakerRol="PM" />
      {/* @ts-expect-error: attribute of the wrong type */}
      <lede-quote-block speaker-role={42} />
      {/* @ts-expect-error: not a theme */}
      <lede-quote-block theme="blue" />
      {/* @ts-expect-error: data must be a quote */}
      <lede-quote-block data={{ words: 'Bonjour' }} />
    </>
  );
}

export function StoryWidgets() {
  return (
    <>
      <Timeline headline="Le Pérou" events={[{ date: '2021', title: 'Cosco' }, { label: 'l’an dernier', title: 'BRI' }]} />
      {/* @ts-expect-error: an event needs its title */}
      <Timeline events={[{ date: '2021' }]} />
      <KeyNumbers items={[{ amount: 20000, unit: 'jeunes', label: 'À former' }, { rank: 3, rankScope: 'au monde', label: 'Rang' }]} />
      {/* @ts-expect-error: a figure's amount is a number */}
      <KeyNumbers items={[{ amount: [1], label: 'x' }]} />
      <Profile name="Dina Boluarte" kind="person" country="PE" image={{ src: 'https://example.org/d.jpg', alt: 'Portrait' }} />
      {/* @ts-expect-error: no image without its alt */}
      <Profile name="Dina Boluarte" image={{ src: 'https://example.org/d.jpg' }} />
      {/* @ts-expect-error: not a kind */}
      <Profile name="Dina Boluarte" kind="celebrity" />
      <Explainer question="Qu’est-ce que la BRI ?" answer={'Un.\n\nDeux.'} open points={['Asie', 'Europe']} />
      <lede-explainer question="Qu’est-ce que la BRI ?" answer="Un." open />
      <lede-key-numbers headline="En chiffres" source-url="https://example.com/" />
    </>
  );
}
