import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import * as React from 'react';
import { defineElement } from '../core/define.js';

/**
 * A React component for a Lede element (properties set as properties, events as typed `on…`
 * props). The tag is defined when the component is created: wrappers are annotated pure, so a
 * bundler drops every wrapper the app does not import, and with it that widget's code.
 */
export function wrap<Element extends HTMLElement, Events extends Record<string, EventName | string>>(
  tagName: string,
  elementClass: new () => Element,
  events: Events,
  displayName: string,
): ReactWebComponent<Element, Events> {
  defineElement(tagName, elementClass);
  return createComponent({ react: React, tagName, elementClass, events, displayName });
}
