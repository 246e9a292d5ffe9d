/**
 * The widgets the block offers, with their form fields, and the markup it saves: the builder's own
 * modules (demo/builder/schema-fields.ts reads the story JSON Schema into fields, snippets.ts
 * writes the plain markup), so the block saves exactly what the builder hands out.
 */
import { collectionFields } from '../../../../demo/builder/schema-fields.js';
import { escapeAttribute, escapeText, snippet } from '../../../../demo/builder/snippets.js';
import schema from '../../../../schema/story.schema.json';
import list from '../widgets.json';

/** Every widget of widgets.json (written by the build from the widgets' field tables), as the builder describes it. */
export const WIDGETS = list.map( ( widget ) => ( {
	name: widget.name,
	tag: widget.tag,
	label: widget.label,
	collection: widget.collection,
	textField: widget.textField ?? undefined,
	fields: ( collectionFields( schema, widget.collection ) ?? [] ).filter( ( field ) => field.name !== 'id' ),
	attributes: Object.fromEntries(
		Object.entries( widget.fields )
			.filter( ( [ , field ] ) => field.attribute )
			.map( ( [ name, field ] ) => [ name, field.attribute ] )
	),
} ) );

export const widgetNamed = ( name ) => WIDGETS.find( ( widget ) => widget.name === name );

const isHttp = ( url ) => /^https?:\/\//i.test( url );

/**
 * A list typed in a text area, one item a line: a line that is a JSON object is that item, any
 * other line a text (for a list of objects, its first required field, as the site loader reads `<li>Huawei</li>`).
 */
export function readLines( field, text ) {
	const first = field.itemFields?.find( ( item ) => item.required )?.name;
	return String( text )
		.split( '\n' )
		.map( ( line ) => line.trim() )
		.filter( Boolean )
		.map( ( line ) => {
			if ( line.startsWith( '{' ) ) {
				try {
					return JSON.parse( line );
				} catch {
					// typed text, not JSON
				}
			}
			return field.itemFields && first ? { [ first ]: line } : line;
		} );
}

/** Items back to lines: objects with only their first field as text, others as JSON. */
export function writeLines( field, items ) {
	if ( ! Array.isArray( items ) ) return '';
	const first = field.itemFields?.find( ( item ) => item.required )?.name;
	return items
		.map( ( item ) => ( typeof item === 'object' && item !== null ? ( Object.keys( item ).length === 1 && first in item ? String( item[ first ] ) : JSON.stringify( item ) ) : String( item ) ) )
		.join( '\n' );
}

/** The block's fields as the widget's JSON (numbers as numbers, empty values left out). */
export function dataOf( widget, values ) {
	const data = {};
	for ( const field of widget.fields ) {
		const value = values[ field.name ];
		if ( value === undefined || value === '' || value === false ) continue;
		if ( field.kind === 'number' ) {
			const number = Number( value );
			data[ field.name ] = Number.isFinite( number ) ? number : value;
		} else if ( field.kind === 'number-or-text' && /^-?\d+(\.\d+)?$/.test( String( value ) ) ) {
			data[ field.name ] = Number( value );
		} else {
			data[ field.name ] = value;
		}
	}
	return data;
}

/**
 * The markup the block saves: the builder's plain markup (route 2) for fields; for a story
 * document, plain markup that names the item (`data-src`) and links to the document.
 * `markupVersion: 1`: the plain markup as Lede first wrote it (see index.js's `deprecated`).
 */
export function blockMarkup( { widget: name, fields, src, lang, theme }, { markupVersion } = {} ) {
	const widget = widgetNamed( name );
	if ( ! widget ) return '';
	const options = { lang: lang || 'en', theme: theme || 'light', libraryUrl: '', script: 'module', markupVersion };
	if ( src ) {
		if ( ! isHttp( src ) ) return '';
		const themed = theme && theme !== 'light' ? ` data-theme="${ escapeAttribute( theme ) }"` : '';
		return `<figure class="lede-${ widget.name }" data-lede="${ widget.name }" data-src="${ escapeAttribute( src ) }" lang="${ escapeAttribute( options.lang ) }"${ themed }>\n  <p><a href="${ escapeAttribute( src.split( '#' )[ 0 ] ) }">${ escapeText( widget.label ) }</a></p>\n</figure>`;
	}
	return snippet( 'markup', widget, dataOf( widget, fields ), options );
}
