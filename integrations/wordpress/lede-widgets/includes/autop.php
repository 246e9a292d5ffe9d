<?php
/**
 * Keeps `wpautop` out of the widgets' tags in classic posts: a route-1 tag (`<lede-deal-card>…`)
 * and an embed URL's widget are set aside before `wpautop` and `wptexturize` (priority 9 of
 * `the_content`, after embeds at 8) and put back after them (priority 11), the way WordPress keeps
 * `<pre>` whole. Without this, `<p><lede-deal-card>` plus the tag's own `<p>` fallback makes the
 * browser close the tag early and show its fallback beside the widget.
 *
 * @package LedeWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The tags set aside while `wpautop` runs, by placeholder key. */
$GLOBALS['lede_kept_tags'] = array();

/**
 * Replaces each widget tag with a block-level placeholder `wpautop` leaves alone.
 *
 * @param string $content Post content, with embeds already turned into tags.
 * @return string
 */
function lede_keep_tags_from_autop( $content ) {
	if ( ! is_string( $content ) || false === stripos( $content, '<lede-' ) ) {
		return $content;
	}
	return preg_replace_callback(
		'#<(lede-[a-z][a-z0-9-]*)\b[^>]*>.*?</\1\s*>#is',
		function ( $match ) {
			$key                               = count( $GLOBALS['lede_kept_tags'] ) . '-' . wp_rand();
			$GLOBALS['lede_kept_tags'][ $key ] = $match[0];
			return "\n\n<div data-lede-kept=\"" . $key . "\"></div>\n\n";
		},
		$content
	);
}
add_filter( 'the_content', 'lede_keep_tags_from_autop', 9 );

/**
 * Puts the widget tags back in place of their placeholders.
 *
 * @param string $content Post content after `wpautop`.
 * @return string
 */
function lede_restore_tags_after_autop( $content ) {
	if ( ! is_string( $content ) || false === strpos( $content, 'data-lede-kept=' ) ) {
		return $content;
	}
	return preg_replace_callback(
		'#<div data-lede-kept="([0-9]+-[0-9]+)"></div>#',
		function ( $match ) {
			return isset( $GLOBALS['lede_kept_tags'][ $match[1] ] ) ? $GLOBALS['lede_kept_tags'][ $match[1] ] : '';
		},
		$content
	);
}
add_filter( 'the_content', 'lede_restore_tags_after_autop', 11 );
