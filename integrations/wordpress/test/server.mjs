/**
 * A real WordPress for the plugin's tests, from Debian's packages (`wordpress` 6.1,
 * `wordpress-theme-twentytwentythree`, `php-cli`, `php-mysql`, `mariadb-server`), without Docker or
 * systemd: a MariaDB of its own on a socket, a copy of the site, a wp-config, WordPress's own
 * installer functions, an Author with a known password and an application password, the plugin
 * installed from the zip the build wrote, served with `php -S` on 127.0.0.1 and a free port.
 * Everything lives in one temporary folder, removed by `close()`.
 *
 * `node integrations/wordpress/test/server.mjs` starts one and prints its address and users
 * (Ctrl+C stops it), to try the plugin by hand.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const WORDPRESS = '/usr/share/wordpress';
const THEME = 'twentytwentythree';
export const ZIP = join(import.meta.dirname, '../lede-widgets.zip');

/** The users the site has: an administrator and an Author (no `unfiltered_html`, as in a newsroom). */
export const USERS = {
  admin: { login: 'admin', password: 'admin-password-1' },
  author: { login: 'reporter', password: 'author-password-1' },
};

const which = (name) => spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim() || null;

/**
 * What is missing to run WordPress here: an empty list when everything is installed, else the
 * missing programs and packages by name.
 */
export function missingForWordPress() {
  const missing = [];
  if (!existsSync(join(WORDPRESS, 'wp-load.php'))) missing.push('wordpress');
  if (!existsSync(join(WORDPRESS, 'wp-content/themes', THEME))) missing.push(`wordpress-theme-${THEME}`);
  for (const program of ['php', 'mariadbd', 'mariadb-install-db', 'mariadb-admin', 'mariadb', 'unzip']) if (!which(program)) missing.push(program);
  if (which('php') && !/mysqli/.test(spawnSync('php', ['-m'], { encoding: 'utf8' }).stdout)) missing.push('php-mysql');
  return missing;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function until(check, what, timeout = 30_000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`WordPress test server: ${what} did not happen within ${timeout / 1000} s`);
}

/** Stops a process started with `detached` and everything it started (php -S workers). */
function stopGroup(child) {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

const phpString = (value) => `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * Starts WordPress with the plugin from `zip` installed and active. Resolves to
 * `{ origin, users, appPassword, php(code), close() }` (`close` resolves once the servers have stopped and the folder is gone): `appPassword` is the Author's application
 * password for the REST API; `php(code)` runs PHP inside WordPress (after wp-load.php) and returns its output.
 */
export async function startWordPress({ zip = ZIP } = {}) {
  if (!existsSync(zip)) throw new Error(`${zip} is missing: run npm run build:wordpress first`);
  const root = mkdtempSync(join(tmpdir(), 'lede-wordpress-'));
  // MariaDB runs as `mysql`, which must reach its folders inside this one.
  chmodSync(root, 0o755);
  const children = [];
  const close = async () => {
    const exits = children.reverse().map((child) => (child.exitCode === null && child.signalCode === null ? new Promise((done) => child.once('exit', done)) : undefined));
    for (const child of children) stopGroup(child);
    await Promise.all(exits);
    children.length = 0;
    rmSync(root, { recursive: true, force: true, maxRetries: 5 });
  };
  try {
    const data = join(root, 'db');
    const runDir = join(root, 'run');
    const site = join(root, 'site');
    const socket = join(runDir, 'mysql.sock');
    mkdirSync(runDir);
    const { uid, gid } = mysqlIds();
    // Owned by `mysql`, or the server exits without a word.
    chownSync(runDir, uid, gid);
    run('mariadb-install-db', ['--user=mysql', `--datadir=${data}`, '--auth-root-authentication-method=socket', '--skip-test-db']);
    const db = spawn('mariadbd', ['--user=mysql', `--datadir=${data}`, `--socket=${socket}`, `--pid-file=${join(runDir, 'mysqld.pid')}`, '--skip-networking'], { detached: true, stdio: 'ignore' });
    children.push(db);
    await until(() => spawnSync('mariadb-admin', [`--socket=${socket}`, 'ping'], { stdio: 'ignore' }).status === 0, 'MariaDB answering');
    run('mariadb', [`--socket=${socket}`, '-e', "CREATE DATABASE wordpress; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wordpress'; GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';"]);

    // The Debian tree has symlinks into /etc and /var/lib: a real copy, with our own wp-config.
    run('cp', ['-rL', WORDPRESS, site]);
    rmSync(join(site, 'wp-config.php'), { force: true });
    run('unzip', ['-q', zip, '-d', join(site, 'wp-content/plugins')]);
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    writeFileSync(
      join(site, 'wp-config.php'),
      `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', 'wordpress' );
define( 'DB_HOST', ${phpString(`localhost:${socket}`)} );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'WP_HOME', '${origin}' );
define( 'WP_SITEURL', '${origin}' );
// Application passwords over http need a local environment.
define( 'WP_ENVIRONMENT_TYPE', 'local' );
// A closed network: no update checks, no cron requests, no mail.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', ${phpString(join(root, 'debug.log'))} );
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
    );
    const php = (code, { installing = false } = {}) => {
      const file = join(site, `lede-test-${Date.now()}-${Math.random().toString(36).slice(2)}.php`);
      writeFileSync(
        file,
        `<?php
${installing ? "define( 'WP_INSTALLING', true );\n// No sendmail here.\nfunction wp_new_blog_notification() {}" : ''}
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
$_SERVER['REQUEST_URI'] = '/';
require __DIR__ . '/wp-load.php';
${code}
`,
      );
      try {
        return run('php', [file], { cwd: site });
      } finally {
        rmSync(file, { force: true });
      }
    };
    php(
      `require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install( 'Lede newsroom', ${phpString(USERS.admin.login)}, 'admin@example.org', true, '', ${phpString(USERS.admin.password)} );`,
      { installing: true },
    );
    const appPassword = php(`
require_once ABSPATH . 'wp-admin/includes/plugin.php';
switch_theme( '${THEME}' );
$result = activate_plugin( 'lede-widgets/lede-widgets.php' );
if ( is_wp_error( $result ) ) { fwrite( STDERR, $result->get_error_message() ); exit( 1 ); }
$id = wp_insert_user( array( 'user_login' => ${phpString(USERS.author.login)}, 'user_pass' => ${phpString(USERS.author.password)}, 'user_email' => 'reporter@example.org', 'role' => 'author' ) );
// The block editor's welcome guide would cover the canvas.
update_user_meta( $id, $GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
list( $password ) = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'tests' ) );
echo $password;`).trim();

    // The block editor makes requests in parallel.
    const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', site], { detached: true, stdio: 'ignore', env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' } });
    children.push(server);
    await until(async () => {
      try {
        return (await fetch(`${origin}/`)).ok;
      } catch {
        return false;
      }
    }, 'the site answering');
    return { origin, users: USERS, appPassword, php, root, close };
  } catch (error) {
    await close();
    throw error;
  }
}

function mysqlIds() {
  const uid = Number(run('id', ['-u', 'mysql']).trim());
  const gid = Number(run('id', ['-g', 'mysql']).trim());
  return { uid, gid };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const missing = missingForWordPress();
  if (missing.length) {
    console.error(`Missing: ${missing.join(', ')}`);
    process.exit(1);
  }
  const wp = await startWordPress();
  console.log(`WordPress at ${wp.origin}/ — admin ${USERS.admin.login} / ${USERS.admin.password}, author ${USERS.author.login} / ${USERS.author.password}. Ctrl+C stops it.`);
  const stop = () => wp.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
