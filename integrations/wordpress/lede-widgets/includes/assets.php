<?php
/**
 * Loads the library only on pages that show a widget (a block, a shortcode, a widget tag, plain
 * `data-lede` markup or an embed URL), from this plugin's files or the CDN of the settings, with
 * the page's language strings first: a module that runs before the library, so widgets draw in
 * that language at once (no English first, no layout shift). `lede.css` reserves the widgets' space.
 *
 * @package LedeWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Whether `$content` holds a widget in any of the forms the plugin and the library read.
 *
 * @param string $content Post content, as stored.
 * @return bool
 */
function lede_content_has_widget( $content ) {
	return is_string( $content ) && (bool) preg_match( '/<lede-[a-z]|\bdata-lede\b|\[lede[\s\]]|\/embed\.html\?\S*\bwidget=/i', $content );
}

/**
 * The library's name for the strings of a WordPress locale (`fr_FR` → `fr`, `zh_TW` → `zh-Hant`),
 * or null for English and for languages the library has no strings for (it falls back to English).
 *
 * @param string $locale A WordPress locale, as determine_locale() gives it.
 * @return string|null
 */
function lede_strings_name( $locale ) {
	$parts    = explode( '_', str_replace( '-', '_', (string) $locale ) );
	$language = strtolower( $parts[0] );
	if ( 'zh' === $language && preg_grep( '/^(TW|HK|MO|Hant)$/i', array_slice( $parts, 1 ) ) ) {
		$language = 'zh-Hant';
	}
	if ( 'en' === $language || ! preg_match( '/^[a-z]{2,3}(-Hant)?$/', $language ) ) {
		return null;
	}
	// The plugin ships every language file the library has: only those are asked for, also from a CDN.
	return is_readable( LEDE_WIDGETS_DIR . 'lib/' . LEDE_WIDGETS_VERSION . '/lede-' . $language . '.js' ) ? $language : null;
}

/**
 * The URL of one library file, from the plugin or the CDN folder of the settings. The plugin's
 * files sit in a folder named after its version (`lib/0.1.0/`): `lede.js` imports its modules by
 * plain URL, so an update must change every URL, or a cached `lede-core.js` of the old version
 * would meet the new loader.
 *
 * @param string $file File name, e.g. `lede.js`.
 * @return string
 */
function lede_file_url( $file ) {
	$settings = lede_settings();
	if ( 'cdn' === $settings['source'] && '' !== $settings['cdn_url'] ) {
		return $settings['cdn_url'] . $file;
	}
	return plugins_url( 'lib/' . LEDE_WIDGETS_VERSION . '/' . $file, LEDE_WIDGETS_FILE );
}

/** Registers the library, its stylesheet and the strings of the page's language. */
function lede_register_assets() {
	$strings = lede_strings_name( determine_locale() );
	$deps    = array();
	if ( $strings ) {
		wp_register_script( 'lede-widgets-strings', lede_file_url( 'lede-' . $strings . '.js' ), array(), LEDE_WIDGETS_VERSION, false );
		$deps[] = 'lede-widgets-strings';
	}
	wp_register_script( 'lede-widgets', lede_file_url( 'lede.js' ), $deps, LEDE_WIDGETS_VERSION, false );
	wp_register_style( 'lede-widgets', lede_file_url( 'lede.css' ), array(), LEDE_WIDGETS_VERSION );
}
add_action( 'init', 'lede_register_assets' );

/**
 * Enqueues the library: in the head when called before the head's scripts are printed (block
 * themes render the content before `wp_head`), else WordPress prints it in the footer.
 */
function lede_enqueue() {
	wp_enqueue_style( 'lede-widgets' );
	wp_enqueue_script( 'lede-widgets' );
}

/**
 * The widgets `$content` names, in any form (tag, plain markup, shortcode, block, embed URL), that
 * the plugin knows: `quote-block`…
 *
 * @param string $content Post content, as stored.
 * @return string[]
 */
function lede_widget_names( $content ) {
	preg_match_all( '/<lede-([a-z][a-z0-9-]*)|\bdata-lede=["\']?([a-z][a-z0-9-]*)|\[lede\s[^\]]*\bwidget=["\']?([a-z][a-z0-9-]*)|\/embed\.html\?\S*?\bwidget=([a-z][a-z0-9-]*)/i', (string) $content, $found );
	$names = array_unique( array_map( 'strtolower', array_filter( array_merge( $found[1], $found[2], $found[3], $found[4] ) ) ) );
	return array_values( array_filter( $names, 'lede_widget' ) );
}

/** The widgets of the posts being shown, whose modules the page's head hints (see lede_print_preload_hints). */
$GLOBALS['lede_page_widgets'] = array();

/** On the front end: enqueues the library when a post being shown holds a widget. */
function lede_enqueue_for_page() {
	global $wp_query;
	foreach ( isset( $wp_query->posts ) && is_array( $wp_query->posts ) ? $wp_query->posts : array() as $post ) {
		if ( $post instanceof WP_Post && lede_content_has_widget( $post->post_content ) ) {
			lede_enqueue();
			$GLOBALS['lede_page_widgets'] = array_unique( array_merge( $GLOBALS['lede_page_widgets'], lede_widget_names( $post->post_content ) ) );
		}
	}
}
add_action( 'wp_enqueue_scripts', 'lede_enqueue_for_page' );

/**
 * `lede.js` imports each widget's module (`lede-quote-block.js`) and their shared `lede-core.js`
 * only once it has found the widget on the page: `<link rel="modulepreload">` hints let the browser
 * fetch them while the page is still arriving. From a CDN, each file with an integrity value in the
 * settings is pinned twice: on its hint, and in an import map's `integrity` (which browsers check
 * when `lede.js` imports the file). The hints carry no `?ver=`: the loader imports the plain URL,
 * and a hint for another URL would be fetched for nothing; the plugin's own files change URL with
 * each version by their folder (see lede_file_url()).
 */
function lede_print_preload_hints() {
	if ( empty( $GLOBALS['lede_page_widgets'] ) ) {
		return;
	}
	$cdn   = 'cdn' === lede_settings()['source'];
	$files = array();
	foreach ( array_merge( array( 'core' ), $GLOBALS['lede_page_widgets'] ) as $name ) {
		$files[ lede_file_url( 'lede-' . $name . '.js' ) ] = lede_file_integrity( 'lede-' . $name . '.js' );
	}
	$integrity = array_filter( $files );
	if ( $integrity ) {
		// Before any module is fetched. JSON inside <script>: `<`, `>`, `&` and quotes as \u escapes.
		printf( '<script type="importmap">%s</script>' . "\n", wp_json_encode( array( 'integrity' => $integrity ), JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_QUOT | JSON_HEX_APOS | JSON_UNESCAPED_SLASHES ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- JSON with HTML characters escaped.
	}
	foreach ( $files as $url => $hash ) {
		$extra = $cdn ? ' crossorigin="anonymous"' : '';
		if ( '' !== $hash ) {
			$extra .= ' integrity="' . esc_attr( $hash ) . '"';
		}
		printf( '<link rel="modulepreload" href="%s"%s />' . "\n", esc_url( $url ), $extra ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above.
	}
}
add_action( 'wp_head', 'lede_print_preload_hints', 1 );

/**
 * The library's files are ES modules: `type="module"`, and from a CDN the integrity value the
 * settings hold for `lede.js` and for the language file.
 *
 * @param string $tag    The `<script>` tag WordPress wrote.
 * @param string $handle The script's handle.
 * @param string $src    Its URL.
 * @return string
 */
function lede_module_tag( $tag, $handle, $src ) {
	if ( 'lede-widgets' !== $handle && 'lede-widgets-strings' !== $handle ) {
		return $tag;
	}
	$extra = '';
	if ( 'cdn' === lede_settings()['source'] ) {
		$extra = ' crossorigin="anonymous"';
		$file  = 'lede-widgets' === $handle ? 'lede.js' : basename( (string) wp_parse_url( $src, PHP_URL_PATH ) );
		$hash  = lede_file_integrity( $file );
		if ( '' !== $hash ) {
			$extra .= ' integrity="' . esc_attr( $hash ) . '"';
		}
	}
	// phpcs:ignore WordPress.WP.EnqueuedResources.NonEnqueuedScript -- this is the enqueued script's own tag.
	return sprintf( '<script type="module" src="%s" id="%s-js"%s></script>' . "\n", esc_url( $src ), esc_attr( $handle ), $extra );
}
add_filter( 'script_loader_tag', 'lede_module_tag', 10, 3 );
