<?php
/**
 * Removes the plugin's settings when it is deleted (not when it is only deactivated: posts keep
 * their widgets' plain markup either way).
 *
 * @package LedeWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'lede_widgets_settings' );
