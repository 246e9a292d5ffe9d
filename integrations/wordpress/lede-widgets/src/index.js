/**
 * The "Lede widget" block: pick a widget, fill its fields in the sidebar (or point at a story
 * document's item), see the live widget in the editor, save plain markup (route 2) that every role
 * may post, that reads as a quote, card or figure without the plugin, and that the site loader upgrades.
 *
 * Written with `createElement`, not JSX: JSX compiles to `react-jsx-runtime`, which WordPress
 * registers only from 6.6 on, and the plugin supports 6.1.
 */
import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import { registerBlockType } from '@wordpress/blocks';
import { PanelBody, Placeholder, SelectControl, TextareaControl, TextControl, ToggleControl } from '@wordpress/components';
import { createElement as h, Fragment, RawHTML, useEffect, useRef, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import metadata from '../block.json';
import { blockMarkup, readLines, WIDGETS, widgetNamed, writeLines } from './widgets.js';

const THEMES = [
	{ value: '', label: __( 'Follow the page', 'lede-widgets' ) },
	{ value: 'dark', label: __( 'Dark', 'lede-widgets' ) },
	{ value: 'auto', label: __( 'Reader’s system setting', 'lede-widgets' ) },
];

const widgetChoices = [ { value: '', label: __( 'Choose a widget…', 'lede-widgets' ) }, ...WIDGETS.map( ( widget ) => ( { value: widget.name, label: widget.label } ) ) ];

const TEXT_TYPES = { number: 'number', url: 'url' };

/** One form control for one field, by its kind in the story schema. */
function FieldControl( { field, value, onChange } ) {
	const common = { label: field.required ? `${ field.label } *` : field.label, help: field.description, __nextHasNoMarginBottom: true };
	switch ( field.kind ) {
		case 'long-text':
			return h( TextareaControl, { ...common, value: value ?? '', onChange } );
		case 'choice':
			return h( SelectControl, { ...common, value: value ?? '', options: [ { value: '', label: '—' }, ...field.options.map( ( option ) => ( { value: option, label: option } ) ) ], onChange } );
		case 'boolean':
			return h( ToggleControl, { ...common, checked: !! value, onChange } );
		case 'list':
			return h( ListControl, { common, field, value, onChange } );
		default:
			return h( TextControl, { ...common, type: TEXT_TYPES[ field.kind ] ?? 'text', value: value ?? '', onChange } );
	}
}

/**
 * A list, one item a line. The text typed is kept as typed (a new, still empty line included)
 * and read into items at each change.
 */
function ListControl( { common, field, value, onChange } ) {
	const [ text, setText ] = useState( () => writeLines( field, value ) );
	return h( TextareaControl, {
		...common,
		help: __( 'One item a line.', 'lede-widgets' ) + ( field.itemFields ? ' ' + __( 'A line may be a JSON object with the item’s fields.', 'lede-widgets' ) : '' ),
		value: text,
		onChange: ( typed ) => {
			setText( typed );
			onChange( readLines( field, typed ) );
		},
	} );
}

/** The widget as readers will see it: the saved markup, upgraded by the library the editor loads. */
function Preview( { markup } ) {
	const ref = useRef();
	useEffect( () => {
		if ( ref.current ) ref.current.innerHTML = markup;
	}, [ markup ] );
	return h( 'div', { ref, className: 'lede-widget-preview' } );
}

function Edit( { attributes, setAttributes } ) {
	const blockProps = useBlockProps();
	const widget = widgetNamed( attributes.widget );
	useEffect( () => {
		// The post's language when the block is inserted: the widget's words and numbers follow it.
		if ( ! attributes.lang ) setAttributes( { lang: document.documentElement.lang || 'en' } );
	}, [] );
	const pickWidget = h( SelectControl, {
		label: __( 'Widget', 'lede-widgets' ),
		value: attributes.widget,
		options: widgetChoices,
		onChange: ( name ) => setAttributes( { widget: name, fields: {} } ),
		__nextHasNoMarginBottom: true,
	} );
	if ( ! widget ) {
		return h(
			'div',
			blockProps,
			h( Placeholder, { icon: 'format-quote', label: __( 'Lede widget', 'lede-widgets' ), instructions: __( 'A deal card, quote or figure for this story.', 'lede-widgets' ) }, pickWidget )
		);
	}
	const [ documentUrl = '', itemId = '' ] = attributes.src.split( '#' );
	const setSrc = ( url, id ) => setAttributes( { src: url ? ( id ? `${ url }#${ id }` : url ) : '' } );
	const setField = ( name ) => ( value ) => setAttributes( { fields: { ...attributes.fields, [ name ]: value } } );
	const settings = h(
		PanelBody,
		{ title: __( 'Widget', 'lede-widgets' ) },
		pickWidget,
		h( SelectControl, { label: __( 'Theme', 'lede-widgets' ), value: attributes.theme, options: THEMES, onChange: ( theme ) => setAttributes( { theme } ), __nextHasNoMarginBottom: true } ),
		h( TextControl, { label: __( 'Language', 'lede-widgets' ), help: __( 'BCP 47 tag of the data’s language, e.g. fr or pt-BR.', 'lede-widgets' ), value: attributes.lang, onChange: ( lang ) => setAttributes( { lang } ) } )
	);
	const story = h(
		PanelBody,
		{ title: __( 'From a story document', 'lede-widgets' ), initialOpen: !! attributes.src },
		h( TextControl, { label: __( 'Story document URL', 'lede-widgets' ), type: 'url', value: documentUrl, onChange: ( url ) => setSrc( url, itemId ) } ),
		h( TextControl, { label: __( 'Item id', 'lede-widgets' ), value: itemId, onChange: ( id ) => setSrc( documentUrl, id ) } )
	);
	const fields =
		! attributes.src &&
		h(
			PanelBody,
			{ title: __( 'Fields', 'lede-widgets' ) },
			widget.fields.map( ( field ) =>
				h( 'div', { className: 'lede-widget-field', key: field.name, 'data-field': field.name }, h( FieldControl, { field, value: attributes.fields[ field.name ], onChange: setField( field.name ) } ) )
			)
		);
	const markup = blockMarkup( attributes ) || `<p>${ __( 'Fill the widget’s fields in the sidebar.', 'lede-widgets' ) }</p>`;
	return h( Fragment, null, h( InspectorControls, null, settings, story, fields ), h( 'div', blockProps, h( Preview, { markup } ) ) );
}

registerBlockType( metadata.name, {
	edit: Edit,
	save: ( { attributes } ) => h( RawHTML, null, blockMarkup( attributes ) ),
	// Markup saved in Lede's first plain-markup format (a quote's caption on one line, a deal's terms unwrapped…; now grouped as
	// the widget draws it, which lede.css sizes) still opens as a valid block, saved anew on update.
	deprecated: [
		// Lists as given and a profile's URL as data-url (before the lists held what the widget keeps and the name became a link).
		{
			attributes: metadata.attributes,
			save: ( { attributes } ) => h( RawHTML, null, blockMarkup( attributes, { markupVersion: 2 } ) ),
		},
		{
			attributes: metadata.attributes,
			save: ( { attributes } ) => h( RawHTML, null, blockMarkup( attributes, { markupVersion: 1 } ) ),
		},
	],
} );
