<?php
/**
 * Lets every role keep the widgets' tags (`<lede-quote-block>`…) with their documented
 * attributes, and `data-lede-json` on them and on plain markup: what WordPress's post filter
 * (kses) keeps for authors and contributors, who may not post unfiltered HTML. `<script>` is
 * never added; kses still removes event-handler attributes and non-http(s) URLs.
 *
 * @package LedeWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Adds the widgets' tags and attributes to the post allowlist.
 *
 * @param array  $allowed Tag → attribute → true.
 * @param string $context The kses context; only `post` is changed.
 * @return array
 */
function lede_kses_allowed_html( $allowed, $context ) {
	if ( 'post' !== $context ) {
		return $allowed;
	}
	foreach ( lede_widgets() as $widget ) {
		$tag = array(
			'class' => true,
			'id'    => true,
		);
		foreach ( lede_widget_attributes( $widget ) as $attribute ) {
			$tag[ $attribute ] = true;
		}
		$allowed[ $widget['tag'] ] = $tag;
	}
	// WordPress already keeps every data-* on its own tags (kses allows `data-*` globally since 5.0).
	return $allowed;
}
add_filter( 'wp_kses_allowed_html', 'lede_kses_allowed_html', 10, 2 );

/**
 * The widgets' URL attributes (`source-url`) are checked like `href`: only allowed protocols stay.
 *
 * @param string[] $attributes Attribute names kses treats as URLs.
 * @return string[]
 */
function lede_kses_uri_attributes( $attributes ) {
	foreach ( lede_widgets() as $widget ) {
		foreach ( $widget['fields'] as $field ) {
			if ( 'url' === $field['kind'] && ! empty( $field['attribute'] ) ) {
				$attributes[] = $field['attribute'];
			}
		}
	}
	return array_values( array_unique( $attributes ) );
}
add_filter( 'wp_kses_uri_attributes', 'lede_kses_uri_attributes' );

/**
 * Moves a widget's inline JSON (`<lede-deal-card …><script type="application/json">{…}</script>`,
 * route 1 as the builder writes it) into its `data-lede-json` attribute before kses runs: kses
 * removes `<script>` for authors and would leave the JSON as visible text. Only a valid JSON
 * object moves, re-encoded; a tag that already has `data-lede-json` keeps its own.
 *
 * @param string $content Post content, slashed (as `content_save_pre` gives it).
 * @return string
 */
function lede_inline_json_to_attribute( $content ) {
	if ( ! is_string( $content ) || false === stripos( $content, '<lede-' ) ) {
		return $content;
	}
	$html = wp_unslash( $content );
	$html = preg_replace_callback(
		'#(<lede-[a-z0-9-]+\b)([^>]*)>(\s*)<script\s+type=(["\']?)application/json\4\s*>(.*?)</script>\s*#is',
		function ( $match ) {
			$data = json_decode( $match[5], true );
			if ( ! is_array( $data ) || ( $data && array_keys( $data ) === range( 0, count( $data ) - 1 ) ) || false !== stripos( $match[2], 'data-lede-json' ) ) {
				return $match[0];
			}
			// The white space around the script goes too: wpautop would make a paragraph of a blank line inside the tag.
			return $match[1] . $match[2] . ' data-lede-json="' . esc_attr( wp_json_encode( $data, JSON_UNESCAPED_UNICODE ) ) . '">';
		},
		$html
	);
	return wp_slash( $html );
}
add_filter( 'content_save_pre', 'lede_inline_json_to_attribute', 9 );
