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
 * @return array{source: string, cdn_url: string, integrity: string, theme: string}
 */
function lede_settings() {
	$saved = get_option( LEDE_OPTION, array() );
	return wp_parse_args(
		is_array( $saved ) ? $saved : array(),
		array(
			'source'    => 'plugin',
			'cdn_url'   => '',
			'integrity' => '',
			'theme'     => '',
		)
	);
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
 * Sanitizes the submitted settings (sanitizing early): a CDN folder must be an http(s) URL, the
 * integrity a `sha256|384|512-<base64>` value.
 *
 * @param mixed $input The submitted values.
 * @return array
 */
function lede_sanitize_settings( $input ) {
	$input  = is_array( $input ) ? $input : array();
	$source = isset( $input['source'] ) && 'cdn' === $input['source'] ? 'cdn' : 'plugin';
	$url    = isset( $input['cdn_url'] ) ? esc_url_raw( trim( (string) $input['cdn_url'] ), array( 'http', 'https' ) ) : '';
	if ( '' !== $url ) {
		$url = trailingslashit( $url );
	}
	$integrity = isset( $input['integrity'] ) ? trim( (string) $input['integrity'] ) : '';
	if ( ! preg_match( '/^sha(256|384|512)-[A-Za-z0-9+\/]+={0,2}$/', $integrity ) ) {
		$integrity = '';
	}
	$theme = isset( $input['theme'] ) ? (string) $input['theme'] : '';
	if ( 'cdn' === $source && '' === $url ) {
		add_settings_error( LEDE_OPTION, 'lede-cdn-url', __( 'A CDN needs the http(s) URL of the folder holding lede.js; the plugin’s own files stay in use.', 'lede-widgets' ) );
		$source = 'plugin';
	}
	return array(
		'source'    => $source,
		'cdn_url'   => $url,
		'integrity' => $integrity,
		'theme'     => array_key_exists( $theme, lede_themes() ) ? $theme : '',
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
