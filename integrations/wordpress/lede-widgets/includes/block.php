<?php
/**
 * The "Lede widget" block (block.json; its editor script is built from src/ into build/). It
 * saves plain markup, so nothing is rendered here but the default theme; the editor loads the
 * library to show the live widget.
 *
 * @package LedeWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Registers the block from block.json, once the build has written its editor script. */
function lede_register_block() {
	if ( is_readable( LEDE_WIDGETS_DIR . 'build/index.asset.php' ) ) {
		$block = register_block_type( LEDE_WIDGETS_DIR );
		// The editor script's strings (`__()` in src/), translated with the plugin's text domain.
		foreach ( $block ? $block->editor_script_handles : array() as $handle ) {
			wp_set_script_translations( $handle, 'lede-widgets' );
		}
	}
}
add_action( 'init', 'lede_register_block' );

/** In the block editor: the library draws the block's preview, and shows the problem note editors need (readers never see it). */
function lede_editor_assets() {
	lede_enqueue();
}
add_action( 'enqueue_block_editor_assets', 'lede_editor_assets' );

/** Marks the block editor as a preview, so widgets there show their problem note. */
function lede_editor_preview_meta() {
	$screen = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
	if ( $screen && method_exists( $screen, 'is_block_editor' ) && $screen->is_block_editor() ) {
		echo '<meta name="lede-preview">' . "\n";
	}
}
add_action( 'admin_head', 'lede_editor_preview_meta' );

/**
 * Gives a block without a theme of its own the default theme of the settings.
 *
 * @param string $content The block's saved markup.
 * @param array  $block   The parsed block.
 * @return string
 */
function lede_block_theme( $content, $block ) {
	$theme = lede_settings()['theme'];
	if ( 'lede/widget' !== $block['blockName'] || '' === $theme || false !== strpos( $content, 'data-theme=' ) ) {
		return $content;
	}
	return preg_replace( '/\sdata-lede="/', ' data-theme="' . esc_attr( $theme ) . '" data-lede="', $content, 1 );
}
add_filter( 'render_block', 'lede_block_theme', 10, 2 );
