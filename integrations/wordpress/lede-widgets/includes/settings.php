<?php
/**
 * Settings → Lede widgets: where the library's files are served from (this plugin, or a CDN
 * folder with the Subresource Integrity hash of its `lede.js`) and the default theme. Stored in one
 * option through the Settings API, which checks the `manage_options` capability and the form's nonce.
 *
 * @package LedeWidgets
 */

defined( 'ABSPATH' ) || exit;

const LEDE_OPTION = 'lede_widgets_settings';

/**
 * The settings, completed with their defaults.
 *
 * @return array{source: string, cdn_url: string, integrity: string, integrities: array<string, string>, theme: string}
 */
function lede_settings() {
	$saved = get_option( LEDE_OPTION, array() );
	return wp_parse_args(
		is_array( $saved ) ? $saved : array(),
		array(
			'source'    => 'plugin',
			'cdn_url'   => '',
			'integrity'   => '',
			'integrities' => array(),
			'theme'       => '',
		)
	);
}

/**
 * The sha384 Subresource Integrity values in `npm run sri`'s output (or any text with a file
 * name and its `sha384-…` on one line), by file name: `lede-core.js` → `sha384-…`.
 *
 * @param string $text Pasted text.
 * @return array<string, string>
 */
function lede_parse_integrities( $text ) {
	$found = array();
	preg_match_all( '#(?:^|[\s/])([a-z0-9][a-z0-9.-]*\.js)\s+(sha384-[A-Za-z0-9+/]{64})(?![A-Za-z0-9+/=])#im', (string) $text, $matches, PREG_SET_ORDER );
	foreach ( $matches as $match ) {
		$found[ strtolower( $match[1] ) ] = $match[2];
	}
	return $found;
}

/**
 * One line of the integrity list: `file sha384-…`.
 *
 * @param mixed $file File name.
 * @param mixed $hash Its integrity value.
 * @return string
 */
function lede_integrity_line( $file, $hash ) {
	return is_scalar( $file ) && is_scalar( $hash ) ? $file . ' ' . $hash : '';
}

/**
 * The integrity value of one library file when served from the CDN, or '' when none is known.
 *
 * @param string $file File name, e.g. `lede-core.js`.
 * @return string
 */
function lede_file_integrity( $file ) {
	$settings = lede_settings();
	if ( 'cdn' !== $settings['source'] ) {
		return '';
	}
	if ( 'lede.js' === $file && '' !== $settings['integrity'] ) {
		return $settings['integrity'];
	}
	return is_array( $settings['integrities'] ) && isset( $settings['integrities'][ $file ] ) ? (string) $settings['integrities'][ $file ] : '';
}

/**
 * Reports a settings problem on the settings page (the Settings API is only loaded in the admin).
 *
 * @param string $code    Error code.
 * @param string $message Translated message.
 */
function lede_settings_error( $code, $message ) {
	if ( function_exists( 'add_settings_error' ) ) {
		add_settings_error( LEDE_OPTION, $code, $message );
	}
}

/** The theme values a widget takes (`''`: follow the page). */
function lede_themes() {
	return array(
		''      => __( 'Follow the page (default)', 'lede-widgets' ),
		'light' => __( 'Light', 'lede-widgets' ),
		'dark'  => __( 'Dark', 'lede-widgets' ),
		'auto'  => __( 'Reader’s system setting', 'lede-widgets' ),
	);
}

/**
 * Sanitizes the submitted settings (sanitizing early): a CDN folder must be an absolute http(s)
 * URL with a host (its query and fragment are dropped), each integrity a `sha384-<64 base64>`
 * value as `npm run sri` prints it. A refused value is reported on the settings page and not saved.
 *
 * @param mixed $input The submitted values.
 * @return array
 */
function lede_sanitize_settings( $input ) {
	$input  = is_array( $input ) ? $input : array();
	$source = isset( $input['source'] ) && 'cdn' === $input['source'] ? 'cdn' : 'plugin';
	$url    = isset( $input['cdn_url'] ) ? trim( (string) $input['cdn_url'] ) : '';
	// An absolute http(s) URL with a host (not `//host/…`); a query or fragment is dropped: file names are appended.
	$parts = '' === $url ? false : wp_parse_url( $url );
	if ( '' !== $url && ( ! is_array( $parts ) || empty( $parts['host'] ) || ! isset( $parts['scheme'] ) || ! in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true ) ) ) {
		lede_settings_error( 'lede-cdn-url-invalid', __( 'The CDN folder URL must start with https:// (or http://) and name a host.', 'lede-widgets' ) );
		$url = '';
	} elseif ( '' !== $url ) {
		$url = trailingslashit( esc_url_raw( preg_replace( '/[?#].*$/s', '', $url ), array( 'http', 'https' ) ) );
	}
	$integrity = isset( $input['integrity'] ) ? trim( (string) $input['integrity'] ) : '';
	if ( '' !== $integrity && ! preg_match( '#^sha384-[A-Za-z0-9+/]{64}$#', $integrity ) ) {
		lede_settings_error( 'lede-integrity', __( 'The integrity of lede.js must be a sha384-… value as `npm run sri` prints it; it was not saved.', 'lede-widgets' ) );
		$integrity = '';
	}
	$integrities = array();
	if ( isset( $input['integrities'] ) ) {
		// Text as pasted, or the saved map when WordPress sanitizes a value a second time.
		$pasted = $input['integrities'];
		if ( is_array( $pasted ) ) {
			$pasted = implode( "\n", array_map( 'lede_integrity_line', array_keys( $pasted ), array_values( $pasted ) ) );
		}
		$integrities = lede_parse_integrities( (string) $pasted );
	}
	if ( '' === $integrity && isset( $integrities['lede.js'] ) ) {
		$integrity = $integrities['lede.js'];
	}
	unset( $integrities['lede.js'] );
	$theme = isset( $input['theme'] ) ? (string) $input['theme'] : '';
	if ( 'cdn' === $source && '' === $url ) {
		lede_settings_error( 'lede-cdn-url', __( 'A CDN needs the http(s) URL of the folder holding lede.js; the plugin’s own files stay in use.', 'lede-widgets' ) );
		$source = 'plugin';
	}
	return array(
		'source'      => $source,
		'cdn_url'     => $url,
		'integrity'   => $integrity,
		'integrities' => $integrities,
		'theme'       => array_key_exists( $theme, lede_themes() ) ? $theme : '',
	);
}

/** Registers the option, its section and fields. */
function lede_register_settings() {
	register_setting(
		'lede_widgets',
		LEDE_OPTION,
		array(
			'type'              => 'object',
			'sanitize_callback' => 'lede_sanitize_settings',
			'default'           => array(),
		)
	);
	add_settings_section( 'lede_files', __( 'Library files', 'lede-widgets' ), '__return_false', 'lede-widgets' );
	add_settings_field( 'lede_source', __( 'Serve from', 'lede-widgets' ), 'lede_field_source', 'lede-widgets', 'lede_files' );
	add_settings_field( 'lede_cdn_url', __( 'CDN folder URL', 'lede-widgets' ), 'lede_field_cdn_url', 'lede-widgets', 'lede_files', array( 'label_for' => 'lede-cdn-url' ) );
	add_settings_field( 'lede_integrity', __( 'Integrity of lede.js', 'lede-widgets' ), 'lede_field_integrity', 'lede-widgets', 'lede_files', array( 'label_for' => 'lede-integrity' ) );
	add_settings_field( 'lede_integrities', __( 'Integrity of the other files', 'lede-widgets' ), 'lede_field_integrities', 'lede-widgets', 'lede_files', array( 'label_for' => 'lede-integrities' ) );
	add_settings_section( 'lede_look', __( 'Look', 'lede-widgets' ), '__return_false', 'lede-widgets' );
	add_settings_field( 'lede_theme', __( 'Default theme', 'lede-widgets' ), 'lede_field_theme', 'lede-widgets', 'lede_look', array( 'label_for' => 'lede-theme' ) );
}
add_action( 'admin_init', 'lede_register_settings' );

/** The "Serve from" radio buttons. */
function lede_field_source() {
	$settings = lede_settings();
	$choices  = array(
		'plugin' => __( 'This plugin’s files', 'lede-widgets' ),
		'cdn'    => __( 'A CDN (the URL and integrity below)', 'lede-widgets' ),
	);
	foreach ( $choices as $value => $label ) {
		printf(
			'<label><input type="radio" name="%1$s[source]" value="%2$s"%3$s> %4$s</label><br>',
			esc_attr( LEDE_OPTION ),
			esc_attr( $value ),
			checked( $settings['source'], $value, false ),
			esc_html( $label )
		);
	}
}

/** The CDN folder URL field. */
function lede_field_cdn_url() {
	$settings = lede_settings();
	printf(
		'<input type="url" class="regular-text code" id="lede-cdn-url" name="%1$s[cdn_url]" value="%2$s" placeholder="https://cdn.jsdelivr.net/npm/lede-widgets@0.1.0/dist/"><p class="description">%3$s</p>',
		esc_attr( LEDE_OPTION ),
		esc_attr( $settings['cdn_url'] ),
		esc_html__( 'The folder holding lede.js and its language files, with the exact version in the URL.', 'lede-widgets' )
	);
}

/** The SRI field. */
function lede_field_integrity() {
	$settings = lede_settings();
	printf(
		'<input type="text" class="regular-text code" id="lede-integrity" name="%1$s[integrity]" value="%2$s" placeholder="sha384-…"><p class="description">%3$s</p>',
		esc_attr( LEDE_OPTION ),
		esc_attr( $settings['integrity'] ),
		esc_html__( 'The sha384 value printed by the library’s build for dist/lede.js at that version.', 'lede-widgets' )
	);
}

/** The other files' SRI values, pasted from `npm run sri`. */
function lede_field_integrities() {
	$settings = lede_settings();
	$lines    = array();
	foreach ( is_array( $settings['integrities'] ) ? $settings['integrities'] : array() as $file => $hash ) {
		$lines[] = lede_integrity_line( $file, $hash );
	}
	printf(
		'<textarea class="large-text code" rows="6" id="lede-integrities" name="%1$s[integrities]">%2$s</textarea><p class="description">%3$s</p>',
		esc_attr( LEDE_OPTION ),
		esc_textarea( implode( "\n", $lines ) ),
		esc_html__( 'Paste what `npm run sri` prints for that version: a file name and its sha384-… value a line. Only the files with a value here are pinned: the widgets’ modules and the language files without one load unchecked.', 'lede-widgets' )
	);
}

/** The default theme select. */
function lede_field_theme() {
	$settings = lede_settings();
	printf( '<select id="lede-theme" name="%s[theme]">', esc_attr( LEDE_OPTION ) );
	foreach ( lede_themes() as $value => $label ) {
		printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $value ), selected( $settings['theme'], $value, false ), esc_html( $label ) );
	}
	echo '</select>';
	printf( '<p class="description">%s</p>', esc_html__( 'Used by shortcodes, embed URLs and blocks that set no theme of their own.', 'lede-widgets' ) );
}

/** Adds Settings → Lede widgets. */
function lede_add_settings_page() {
	add_options_page( __( 'Lede widgets', 'lede-widgets' ), __( 'Lede widgets', 'lede-widgets' ), 'manage_options', 'lede-widgets', 'lede_render_settings_page' );
}
add_action( 'admin_menu', 'lede_add_settings_page' );

/** The settings page; `settings_fields()` prints the nonce options.php checks. */
function lede_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1><form action="options.php" method="post">';
	settings_fields( 'lede_widgets' );
	do_settings_sections( 'lede-widgets' );
	submit_button();
	echo '</form></div>';
}
