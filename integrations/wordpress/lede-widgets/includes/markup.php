<?php
/**
 * A widget's tag written on the server, for shortcodes and embed URLs: the fields as escaped
 * attributes, lists as a `data-lede-json` object, the text field as the element's text, and for
 * other widgets a fallback (title and long texts) that reads well before the library loads or without it.
 *
 * @package LedeWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Fields named as in the widget's attributes (`speaker-role`) or its JSON (`speakerRole`), as JSON names.
 *
 * @param array $widget A widget from lede_widgets().
 * @param array $values Name → value; unknown names are ignored.
 * @return array JSON field name → value.
 */
function lede_known_fields( $widget, $values ) {
	$fields = array();
	foreach ( $values as $key => $value ) {
		$name = lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', strtolower( (string) $key ) ) ) ) );
		foreach ( array_keys( $widget['fields'] ) as $field ) {
			if ( strtolower( $field ) === strtolower( $name ) ) {
				$fields[ $field ] = $value;
			}
		}
	}
	return $fields;
}

/**
 * Field values as the widget takes them, from a shortcode's attributes or an embed URL's query:
 * a list given as text is its items separated by `|` (`beneficiaries=Femmes|Professionnels`; for
 * a list of objects, each item's first required field: `parties=Huawei|Pérou`); a list given as
 * an array (from JSON) stays; any other field keeps only a text, number or boolean (an array
 * where text belongs, `speaker[]=x`, is dropped).
 *
 * @param array $widget A widget from lede_widgets().
 * @param array $fields JSON field name → value, as lede_known_fields() gives them.
 * @return array
 */
function lede_field_values( $widget, $fields ) {
	$values = array();
	foreach ( $fields as $name => $value ) {
		$field   = $widget['fields'][ $name ];
		$is_list = 'textList' === $field['kind'] || 'list' === $field['kind'];
		if ( $is_list && is_array( $value ) ) {
			$values[ $name ] = array_values( $value );
		} elseif ( $is_list && is_scalar( $value ) ) {
			$items           = array_values( array_filter( array_map( 'trim', explode( '|', (string) $value ) ), 'strlen' ) );
			$first           = isset( $field['first'] ) ? $field['first'] : null;
			$values[ $name ] = 'list' === $field['kind'] && $first ? array_map(
				function ( $item ) use ( $first ) {
					return array( $first => $item );
				},
				$items
			) : $items;
		} elseif ( ! $is_list && is_scalar( $value ) ) {
			$values[ $name ] = $value;
		}
	}
	return $values;
}

/**
 * The widget's tag for `$fields`.
 *
 * @param array $widget   A widget from lede_widgets().
 * @param array $fields   JSON field name → value (text, or arrays for lists).
 * @param array $settings `src` (http(s) only, else dropped), `lang` (a BCP 47 tag, else dropped),
 *                        `theme` (light, dark or auto, else dropped).
 * @return string HTML, every value escaped.
 */
function lede_widget_tag( $widget, $fields, $settings = array() ) {
	$attributes = array();
	$json       = array();
	$flags      = array();
	$text       = null;
	foreach ( $fields as $name => $value ) {
		$field = $widget['fields'][ $name ];
		if ( $name === $widget['textField'] && is_scalar( $value ) ) {
			$text = (string) $value;
		} elseif ( 'flag' === $field['kind'] && is_scalar( $value ) ) {
			// A boolean attribute: present means true whatever its value, so "false" leaves it out
			// (an embed URL writes a true flag as `count-up=`, empty).
			if ( false !== $value && ! in_array( strtolower( (string) $value ), array( '0', 'false', 'no', 'off' ), true ) ) {
				$flags[] = $field['attribute'];
			}
		} elseif ( ! empty( $field['attribute'] ) && is_scalar( $value ) ) {
			$attributes[ $field['attribute'] ] = 'url' === $field['kind'] ? esc_url( (string) $value, array( 'http', 'https' ) ) : (string) $value;
		} else {
			$json[ $name ] = $value;
		}
	}
	if ( ! empty( $settings['src'] ) ) {
		$src = esc_url( $settings['src'], array( 'http', 'https' ) );
		if ( '' !== $src ) {
			$attributes['src'] = $src;
		}
	}
	// A language is a BCP 47 tag (`fr`, `pt-BR`, `zh-Hant`), a theme one of the settings' themes: others are left out.
	if ( ! empty( $settings['lang'] ) && is_string( $settings['lang'] ) && preg_match( '/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i', $settings['lang'] ) ) {
		$attributes['lang'] = $settings['lang'];
	}
	if ( ! empty( $settings['theme'] ) && is_string( $settings['theme'] ) && array_key_exists( $settings['theme'], lede_themes() ) ) {
		$attributes['theme'] = $settings['theme'];
	}
	if ( $json ) {
		$attributes['data-lede-json'] = wp_json_encode( $json );
	}
	$html = '<' . $widget['tag'];
	foreach ( $attributes as $name => $value ) {
		if ( '' !== $value ) {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	foreach ( $flags as $name ) {
		$html .= ' ' . $name;
	}
	$html .= '>';
	if ( null !== $text ) {
		$html .= esc_html( $text );
	} else {
		$html .= lede_fallback( $widget, $fields, $attributes );
	}
	return $html . '</' . $widget['tag'] . '>';
}

/**
 * What a widget without a text field shows before it draws: its title in bold, its long texts,
 * and a link to its story document when it has one.
 *
 * @param array $widget     A widget from lede_widgets().
 * @param array $fields     JSON field name → value.
 * @param array $attributes The tag's attributes (for `src`).
 * @return string
 */
function lede_fallback( $widget, $fields, $attributes ) {
	$lines = array();
	foreach ( array( 'headline', 'title', 'label' ) as $name ) {
		if ( isset( $fields[ $name ] ) && is_scalar( $fields[ $name ] ) && '' !== $fields[ $name ] ) {
			$lines[] = '<p><strong>' . esc_html( $fields[ $name ] ) . '</strong></p>';
			break;
		}
	}
	foreach ( $fields as $name => $value ) {
		if ( isset( $widget['fields'][ $name ] ) && 'long' === ( $widget['fields'][ $name ]['length'] ?? '' ) && is_scalar( $value ) ) {
			$lines[] = '<p>' . esc_html( $value ) . '</p>';
		}
	}
	if ( ! $lines && isset( $attributes['src'] ) ) {
		$lines[] = '<p><a href="' . esc_url( $attributes['src'] ) . '">' . esc_html( $widget['label'] ) . '</a></p>';
	}
	return implode( '', $lines );
}
