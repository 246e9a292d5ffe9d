<?php
/**
 * A Lede embed page's URL (`https://…/embed.html?widget=quote-block&lang=fr&speaker=…`) pasted on
 * a line of its own becomes that widget.
 *
 * It becomes the widget's tag, drawn by this site's copy of the library, not an iframe of the
 * URL's host: the query string is read here as data (each value an escaped attribute, `data` as a
 * JSON object), so a URL from any host, pasted by any role, adds no third-party page, script or
 * frame to the post, which an iframe of an arbitrary host would.
 *
 * @package LedeWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Registers the handler: any http(s) URL whose path ends in `embed.html` and whose query names a widget. */
function lede_register_embed() {
	wp_embed_register_handler( 'lede-widgets', '~^https?://[^\s?#]+/embed\.html\?(?:[^\s#]*&)?widget=[a-z][a-z0-9-]*[^\s#]*$~i', 'lede_embed_handler' );
}
add_action( 'init', 'lede_register_embed' );

/**
 * Renders one embed URL.
 *
 * @param array  $matches The pattern's matches.
 * @param array  $attr    Embed attributes (unused: the widget sizes itself).
 * @param string $url     The pasted URL.
 * @return string The widget's tag, or a plain link when the URL names no known widget.
 */
function lede_embed_handler( $matches, $attr, $url ) {
	$query = wp_parse_url( $url, PHP_URL_QUERY );
	$params = array();
	wp_parse_str( (string) $query, $params );
	$widget = isset( $params['widget'] ) && is_string( $params['widget'] ) ? lede_widget( strtolower( $params['widget'] ) ) : null;
	if ( ! $widget ) {
		return '<a href="' . esc_url( $url ) . '">' . esc_html( $url ) . '</a>';
	}
	$fields = array();
	if ( isset( $params['data'] ) && is_string( $params['data'] ) ) {
		$decoded = json_decode( $params['data'], true );
		if ( is_array( $decoded ) ) {
			$fields = lede_known_fields( $widget, $decoded );
		}
	}
	// Query values that are arrays (`speaker[]=…`) are dropped; lists are `a|b`, as in the shortcode.
	$scalars = array_filter( $params, 'is_string' );
	$queried = array_diff_key( $scalars, array_flip( array( 'widget', 'data', 'src', 'lang', 'theme' ) ) );
	$fields  = lede_field_values( $widget, array_merge( $fields, lede_known_fields( $widget, $queried ) ) );
	lede_enqueue();
	return lede_widget_tag(
		$widget,
		$fields,
		array(
			'src'   => isset( $scalars['src'] ) ? $scalars['src'] : '',
			'lang'  => isset( $scalars['lang'] ) ? $scalars['lang'] : '',
			'theme' => isset( $scalars['theme'] ) ? $scalars['theme'] : lede_settings()['theme'],
		)
	);
}
