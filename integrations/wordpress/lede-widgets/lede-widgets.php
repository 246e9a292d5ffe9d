<?php
/**
 * Plugin Name:       Lede widgets
 * Plugin URI:        https://github.com/lede-widgets/lede-widgets
 * Description:       Story widgets for newsrooms — deal cards, quote blocks and investment figures — as a block, a shortcode, pasted embed URLs and plain markup every author may post.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Lede
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       lede-widgets
 *
 * @package LedeWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'LEDE_WIDGETS_VERSION', '0.1.0' );
define( 'LEDE_WIDGETS_FILE', __FILE__ );
define( 'LEDE_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );

require_once LEDE_WIDGETS_DIR . 'includes/widgets.php';
require_once LEDE_WIDGETS_DIR . 'includes/settings.php';
require_once LEDE_WIDGETS_DIR . 'includes/markup.php';
require_once LEDE_WIDGETS_DIR . 'includes/assets.php';
require_once LEDE_WIDGETS_DIR . 'includes/block.php';
require_once LEDE_WIDGETS_DIR . 'includes/shortcode.php';
require_once LEDE_WIDGETS_DIR . 'includes/embed.php';
require_once LEDE_WIDGETS_DIR . 'includes/kses.php';
require_once LEDE_WIDGETS_DIR . 'includes/autop.php';
