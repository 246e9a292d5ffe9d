<?php
/**
 * The widgets this copy of the library defines, read from `widgets.json`, which the build writes
 * from the widgets' own field tables: a widget added to the library appears here with no plugin code.
 *
 * @package LedeWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Every widget, by name (`quote-block`): `tag`, `label`, `collection`, `textField` (or null) and
 * `fields`, each `{ kind, attribute (or null for lists), required }`.
 *
 * @return array<string, array> Empty when the build has not written widgets.json.
 */
function lede_widgets() {
	static $widgets = null;
	if ( null === $widgets ) {
		$widgets = array();
		$file    = LEDE_WIDGETS_DIR . 'widgets.json';
		if ( is_readable( $file ) ) {
			// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file of the plugin.
			$list = json_decode( (string) file_get_contents( $file ), true );
			foreach ( is_array( $list ) ? $list : array() as $widget ) {
				if ( isset( $widget['name'] ) && preg_match( '/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/', $widget['name'] ) ) {
					$widgets[ $widget['name'] ] = $widget;
				}
			}
		}
	}
	return $widgets;
}

/**
 * One widget's description, or null for a name the library does not define.
 *
 * @param string $name Widget name, as in `data-lede="quote-block"`.
 * @return array|null
 */
function lede_widget( $name ) {
	$widgets = lede_widgets();
	return isset( $widgets[ $name ] ) ? $widgets[ $name ] : null;
}

/**
 * The attribute names a widget's tag takes: its fields' attributes and the settings every widget has.
 *
 * @param array $widget A widget from lede_widgets().
 * @return string[]
 */
function lede_widget_attributes( $widget ) {
	$names = array( 'src', 'theme', 'loading', 'lang', 'dir', 'data-lede-json' );
	foreach ( $widget['fields'] as $field ) {
		if ( ! empty( $field['attribute'] ) ) {
			$names[] = $field['attribute'];
		}
	}
	return array_values( array_unique( $names ) );
}
