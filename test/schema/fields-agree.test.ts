/**
 * Each field is declared once, in its widget's table (src/widgets/<name>/<name>.schema.ts). What
 * follows from it must agree with it: the element's attributes, the committed story JSON Schema and,
 * at compile time, the TypeScript types and the JSX/React API generated from the manifest.
 */
import { expect } from '@open-wc/testing';
import storySchema from '../../schema/story.schema.json' with { type: 'json' };
import type { FieldTable, WidgetSchema } from '../../src/core/fields.js';
import type { LedeElement } from '../../src/core/lede-element.js';
import type { LedeElementApi } from '../../src/element-api.generated.js';
import * as lede from '../../src/index.js';

// ---- Compile time (npm run typecheck): the generated API and the schema file name the table's fields.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Fields<S> = S extends WidgetSchema<infer T> ? T : never;
type StoryKeys<T extends FieldTable> = { [K in keyof T]: T[K] extends { option: true } ? never : K }[keyof T];
type BaseProperties = 'data' | 'src' | 'theme' | 'loading' | 'preview';
type Defs = typeof storySchema.$defs;

const agree = {
  quoteProperties: true satisfies Same<Exclude<LedeElementApi['lede-quote-block']['properties'], BaseProperties>, keyof Fields<typeof lede.quoteBlockSchema>>,
  dealProperties: true satisfies Same<Exclude<LedeElementApi['lede-deal-card']['properties'], BaseProperties>, keyof Fields<typeof lede.dealCardSchema>>,
  figureProperties: true satisfies Same<Exclude<LedeElementApi['lede-investment-figure']['properties'], BaseProperties>, keyof Fields<typeof lede.investmentFigureSchema>>,
  quoteSchema: true satisfies Same<Exclude<keyof Defs['quote']['properties'], 'id'>, StoryKeys<Fields<typeof lede.quoteBlockSchema>>>,
  dealSchema: true satisfies Same<Exclude<keyof Defs['deal']['properties'], 'id'>, StoryKeys<Fields<typeof lede.dealCardSchema>>>,
  figureSchema: true satisfies Same<Exclude<keyof Defs['figure']['properties'], 'id'>, StoryKeys<Fields<typeof lede.investmentFigureSchema>>>,
  quoteData: true satisfies Same<keyof lede.QuoteData, 'id' | keyof Fields<typeof lede.quoteBlockSchema>>,
  dealData: true satisfies Same<keyof lede.DealData, 'id' | keyof Fields<typeof lede.dealCardSchema>>,
  figureData: true satisfies Same<keyof lede.FigureData, 'id' | keyof Fields<typeof lede.investmentFigureSchema>>,
  timelineProperties: true satisfies Same<Exclude<LedeElementApi['lede-timeline']['properties'], BaseProperties>, keyof Fields<typeof lede.timelineSchema>>,
  keyNumbersProperties: true satisfies Same<Exclude<LedeElementApi['lede-key-numbers']['properties'], BaseProperties>, keyof Fields<typeof lede.keyNumbersSchema>>,
  profileProperties: true satisfies Same<Exclude<LedeElementApi['lede-profile']['properties'], BaseProperties>, keyof Fields<typeof lede.profileSchema>>,
  explainerProperties: true satisfies Same<Exclude<LedeElementApi['lede-explainer']['properties'], BaseProperties>, keyof Fields<typeof lede.explainerSchema>>,
  timelineSchema: true satisfies Same<Exclude<keyof Defs['timeline']['properties'], 'id'>, StoryKeys<Fields<typeof lede.timelineSchema>>>,
  keyNumbersSchema: true satisfies Same<Exclude<keyof Defs['keyNumber']['properties'], 'id'>, StoryKeys<Fields<typeof lede.keyNumbersSchema>>>,
  profileSchema: true satisfies Same<Exclude<keyof Defs['profile']['properties'], 'id'>, StoryKeys<Fields<typeof lede.profileSchema>>>,
  explainerSchema: true satisfies Same<Exclude<keyof Defs['explainer']['properties'], 'id'>, StoryKeys<Fields<typeof lede.explainerSchema>>>,
  timelineData: true satisfies Same<keyof lede.TimelineData, 'id' | keyof Fields<typeof lede.timelineSchema>>,
  keyNumbersData: true satisfies Same<keyof lede.KeyNumbersData, 'id' | keyof Fields<typeof lede.keyNumbersSchema>>,
  profileData: true satisfies Same<keyof lede.ProfileData, 'id' | keyof Fields<typeof lede.profileSchema>>,
  explainerData: true satisfies Same<keyof lede.ExplainerData, 'id' | keyof Fields<typeof lede.explainerSchema>>,
};

// ---- Run time: every widget the package exports.
type WidgetClass = typeof LedeElement & { observedAttributes: string[] };
const tagOf = (widget: unknown) => customElements.getName(widget as CustomElementConstructor);
const widgets = (Object.values(lede) as unknown[]).filter((value): value is WidgetClass => typeof value === 'function' && 'schema' in value && !!tagOf(value));
type JsonObject = { required?: string[]; properties: Record<string, JsonObject & { items?: JsonObject; enum?: string[] }> };
const defs = storySchema.$defs as unknown as Record<string, JsonObject>;
const itemDef = (collection: string): JsonObject => {
  const ref = (storySchema.properties as Record<string, { items?: { $ref?: string } }>)[collection]?.items?.$ref ?? '';
  return defs[ref.replace('#/$defs/', '')];
};
const storyFields = (table: FieldTable) => Object.keys(table).filter((name) => !table[name].option);

/** HTML's global attributes (HTML Living Standard, "Global attributes") and ARIA's role. */
const GLOBAL_ATTRIBUTES = ['accesskey', 'autocapitalize', 'autocorrect', 'autofocus', 'class', 'contenteditable', 'dir', 'draggable', 'enterkeyhint', 'hidden', 'id', 'inert', 'inputmode', 'is', 'itemid', 'itemprop', 'itemref', 'itemscope', 'itemtype', 'lang', 'nonce', 'popover', 'role', 'slot', 'spellcheck', 'style', 'tabindex', 'title', 'translate', 'writingsuggestions'];

describe('one declaration per field', () => {
  it('holds at compile time (the types, the generated API and the schema name the same fields)', () => {
    expect(Object.values(agree).every(Boolean)).to.equal(true);
  });

  it('covers every widget', () => {
    expect(widgets.map(tagOf).sort()).to.deep.equal(['lede-deal-card', 'lede-explainer', 'lede-investment-figure', 'lede-key-numbers', 'lede-profile', 'lede-quote-block', 'lede-timeline']);
  });

  for (const widget of widgets) {
    const tag = tagOf(widget)!;
    const { collection, fields } = widget.schema;

    it(`<${tag}>: the story schema lists exactly its story fields, with the same required ones`, () => {
      const def = itemDef(collection);
      expect(def, `no $defs item for "${collection}"`).to.exist;
      expect(Object.keys(def.properties).filter((name) => name !== 'id')).to.deep.equal(storyFields(fields));
      expect(def.required).to.deep.equal(['id', ...Object.keys(fields).filter((name) => fields[name].required)]);
    });

    it(`<${tag}>: lists of objects and keywords agree with the schema`, () => {
      const def = itemDef(collection);
      for (const name of storyFields(fields)) {
        const field = fields[name];
        if (field.kind === 'keyword') expect(def.properties[name].enum, name).to.deep.equal([...field.values!]);
        if (field.kind === 'list') expect(Object.keys(def.properties[name].items!.properties), name).to.deep.equal(Object.keys(field.item!));
      }
    });

    it(`<${tag}>: every field but a list or an object is an attribute, in kebab-case`, () => {
      const expected = Object.entries(fields)
        .filter(([, field]) => field.kind !== 'list' && field.kind !== 'textList' && field.kind !== 'object')
        .map(([name]) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
      expect(widget.observedAttributes).to.include.members(expected);
      for (const name of Object.keys(fields)) expect(name in widget.prototype, `property ${name}`).to.equal(true);
    });

    it(`<${tag}>: no attribute of its fields is an HTML global attribute (or role), whose meaning the page would change`, () => {
      const attributes = Object.keys(fields).map((name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
      expect(attributes.filter((name) => GLOBAL_ATTRIBUTES.includes(name) || name.startsWith('aria-') || name.startsWith('on'))).to.deep.equal([]);
    });
  }
});
