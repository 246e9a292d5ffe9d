/**
 * JSX types for every Lede element, shared by the React and Preact declarations (and usable for
 * any other JSX framework): each element accepts its attributes (kebab-case, e.g. `speaker-role`),
 * its properties (camelCase, e.g. `speakerRole`, `data`) and `on<event>` listeners (`onlede-error`),
 * all typed like the element's own properties.
 */
import type { LedeElementApi } from './element-api.generated.js';

type Api<Tag extends keyof LedeElementApi> = LedeElementApi[Tag];
type Element<Tag extends keyof LedeElementApi> = Api<Tag>['element'];
type PropertyOf<Tag extends keyof LedeElementApi, Attribute> = Extract<Api<Tag>['attributes'][Attribute & keyof Api<Tag>['attributes']], keyof Element<Tag>>;

/** What JSX accepts on `<Tag>` besides the framework's common HTML attributes. */
export type LedeJsxProps<Tag extends keyof LedeElementApi> = {
  [Attribute in keyof Api<Tag>['attributes']]?: Element<Tag>[PropertyOf<Tag, Attribute>];
} & {
  [Property in Api<Tag>['properties'] & keyof Element<Tag>]?: Element<Tag>[Property];
} & {
  [Event in Api<Tag>['events'] as `on${Event}`]?: (event: HTMLElementEventMap[Event]) => void;
};

/** Every Lede tag with its JSX props: merge into a JSX framework's `IntrinsicElements`. */
export type LedeIntrinsicElements = { [Tag in keyof LedeElementApi]: LedeJsxProps<Tag> };
