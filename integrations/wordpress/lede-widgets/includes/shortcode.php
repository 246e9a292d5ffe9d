<?php
/**
 * `[lede widget="quote-block" speaker="Dina Boluarte" source-url="https://…"]The quote[/lede]`,
 * `[lede widget="deal-card" src="https://example.org/story.json#deal-1" /]`: a widget in a classic
 * post. Fields are attributes named as the widget's (`speaker-role`) or its JSON (`speakerrole`:
 * WordPress lowercases shortcode attributes); the text field is the enclosed text; a list is its
 * items separated by `|` (`beneficiaries="Femmes|Professionnels"`; for a list of objects, each
 * item's first required field: `parties="Huawei|Pérou"`). A shortcode cannot carry JSON (its
 * attributes end at the first `]`): lists of objects in full come from `src` or the block.
 * Shortcodes run after `wpautop` (priority 11), so the widget comes out whole, with no `<p>` or `<br>` inside.
 * A shortcode without text is written self-closed (`[lede … /]`): WordPress pairs an unclosed
 * `[lede …]` with the next `[/lede]`; this handler then renders it alone and keeps what follows.
 *
 * @package LedeWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Renders the `[lede]` shortcode.
 *
 * @param array|string $atts    Shortcode attributes.
 * @param string|null  $content Enclosed text: the widget's text field.
 * @return string The widget's tag, or an HTML comment for an unknown widget (never shown to readers).
 */
function lede_shortcode( $atts, $content = null ) {
	$atts = is_array( $atts ) ? $atts : array();
	if ( null !== $content && false !== stripos( $content, '[lede' ) ) {
		// `[lede …]` left open, then a later `[lede …]…[/lede]`: WordPress pairs the first with the
		// closing tag of the second. The first was meant self-closing; what follows it is the post.
		return lede_shortcode( $atts, null ) . do_shortcode( $content . '[/lede]' );
	}
	$name   = isset( $atts['widget'] ) ? strtolower( trim( (string) $atts['widget'] ) ) : '';
	$widget = lede_widget( $name );
	if ( ! $widget ) {
		// Readers never see a problem note; the comment is the author's, and nothing after the shortcode is lost.
		$comment = '<!-- ' . str_replace( '--', '- -', esc_html( sprintf( 'Lede: no widget "%s"', $name ) ) ) . ' -->';
		return null === $content ? $comment : $comment . do_shortcode( $content );
	}
	$settings = array(
		'src'   => isset( $atts['src'] ) ? (string) $atts['src'] : '',
		'lang'  => isset( $atts['lang'] ) ? (string) $atts['lang'] : '',
		'theme' => isset( $atts['theme'] ) ? (string) $atts['theme'] : lede_settings()['theme'],
	);
	unset( $atts['widget'], $atts['src'], $atts['lang'], $atts['theme'] );
	$fields = lede_field_values( $widget, lede_known_fields( $widget, $atts ) );
	$text   = null === $content ? '' : trim( wp_strip_all_tags( shortcode_unautop( $content ) ) );
	if ( $widget['textField'] && '' !== $text ) {
		$fields[ $widget['textField'] ] = html_entity_decode( $text, ENT_QUOTES, 'UTF-8' );
	}
	lede_enqueue();
	return lede_widget_tag( $widget, $fields, $settings );
}
add_shortcode( 'lede', 'lede_shortcode' );
