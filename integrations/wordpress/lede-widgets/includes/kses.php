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
 * removes `<script>` for authors and would leave the JSON as visible text. A script of type
 * `application/json` with any other attributes (`id`, single or no quotes) moves when it holds
 * valid JSON (an object, or an array the library reads as the widget's list), re-encoded with no
 * backslash before a quote; a tag that already has `data-lede-json` keeps its own.
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
		'#(<lede-[a-z0-9-]+\b)([^>]*)>(\s*)<script\b([^>]*)>(.*?)</script>\s*#is',
		function ( $match ) {
			// Any attributes in any order, quoted or not: only the type counts.
			if ( ! preg_match( '#(?:^|\s)type\s*=\s*(["\']?)application/json\1(?:\s|/|$)#i', $match[4] . ' ' ) || false !== stripos( $match[2], 'data-lede-json' ) ) {
				return $match[0];
			}
			$data = json_decode( $match[5] );
			if ( ! is_object( $data ) && ! is_array( $data ) ) {
				return $match[0];
			}
			// No backslash-quote in the attribute (kses and wp_unslash strip backslashes for Authors):
			// quotes, apostrophes, `<`, `>` and `&` as \u escapes, the rest as written.
			$json = wp_json_encode( $data, JSON_HEX_QUOT | JSON_HEX_APOS | JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
			// The white space around the script goes too: wpautop would make a paragraph of a blank line inside the tag.
			return $match[1] . $match[2] . ' data-lede-json="' . esc_attr( $json ) . '">';
		},
		$html
	);
	return wp_slash( $html );
}
add_filter( 'content_save_pre', 'lede_inline_json_to_attribute', 9 );

/** The Lede blocks' attributes set aside while kses filters a post, by placeholder key. */
$GLOBALS['lede_kept_block_attributes'] = array();

/**
 * Sets the Lede block's attributes aside before kses filters block attributes (WordPress's
 * `pre_kses` filter at 10 runs wp_kses on every string attribute, which turns an Author's "AT&T"
 * into "AT&amp;T" and drops "<b>"; the block's saved markup, made from the typed text, then no
 * longer matches its attributes and the editor calls the block invalid). The attributes are the
 * widget's data, shown as text, never markup: the saved markup beside them is still filtered.
 *
 * @param string $content Content being filtered, unslashed.
 * @return string
 */
function lede_keep_block_attributes( $content ) {
	if ( ! is_string( $content ) || false === strpos( $content, 'wp:lede/widget' ) ) {
		return $content;
	}
	return preg_replace_callback(
		'#(<!--\s+wp:lede/widget\s+)(\{.*?\})(\s+/?-->)#s',
		function ( $match ) {
			$attributes = json_decode( $match[2], true );
			if ( ! is_array( $attributes ) ) {
				return $match[0];
			}
			$key                                          = count( $GLOBALS['lede_kept_block_attributes'] ) . 'k' . wp_rand();
			$GLOBALS['lede_kept_block_attributes'][ $key ] = lede_block_attributes( $attributes );
			return $match[1] . '{"ledeKept":"' . $key . '"}' . $match[3];
		},
		$content
	);
}
add_filter( 'pre_kses', 'lede_keep_block_attributes', 9 );

/**
 * Puts the Lede block's attributes back after kses filtered the other blocks' attributes.
 *
 * @param string $content Content being filtered.
 * @return string
 */
function lede_restore_block_attributes( $content ) {
	if ( ! is_string( $content ) || false === strpos( $content, '"ledeKept"' ) ) {
		return $content;
	}
	return preg_replace_callback(
		'#\{"ledeKept":"([0-9]+k[0-9]+)"\}#',
		function ( $match ) {
			return isset( $GLOBALS['lede_kept_block_attributes'][ $match[1] ] ) ? $GLOBALS['lede_kept_block_attributes'][ $match[1] ] : '{}';
		},
		$content
	);
}
add_filter( 'pre_kses', 'lede_restore_block_attributes', 11 );

/**
 * The block's attributes as block.json declares them, re-encoded for a block comment (`<`, `>`,
 * `&`, `"` and `--` as \u escapes, which kses leaves alone): `widget`, `src`, `lang`, `theme` as
 * text, `fields` as an object of texts, numbers, booleans and lists of them or of objects.
 *
 * @param array $attributes Parsed attributes.
 * @return string JSON.
 */
function lede_block_attributes( $attributes ) {
	$kept = array();
	foreach ( array( 'widget', 'src', 'lang', 'theme' ) as $name ) {
		if ( isset( $attributes[ $name ] ) && is_string( $attributes[ $name ] ) ) {
			$kept[ $name ] = $attributes[ $name ];
		}
	}
	if ( isset( $attributes['fields'] ) && is_array( $attributes['fields'] ) ) {
		$kept['fields'] = (object) lede_plain_data( $attributes['fields'] );
	}
	return serialize_block_attributes( $kept );
}

/**
 * Data with only texts, numbers, booleans and arrays of them (depth 4 at most).
 *
 * @param array $data  Decoded JSON.
 * @param int   $depth Levels left.
 * @return array
 */
function lede_plain_data( $data, $depth = 4 ) {
	$plain = array();
	foreach ( $data as $key => $value ) {
		if ( is_scalar( $value ) ) {
			$plain[ $key ] = $value;
		} elseif ( is_array( $value ) && $depth > 0 ) {
			$plain[ $key ] = lede_plain_data( $value, $depth - 1 );
		}
	}
	return $plain;
}
