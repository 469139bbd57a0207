<?php
/**
 * WordPress from the command line, for scripts/wordpress/test.ts (TEST ONLY):
 *
 *   php wp.php install <admin-password>   fresh install, plus a user "author" with the Author role
 *   php wp.php posts <spec.json>          creates the posts in spec.json as their users
 *   php wp.php proxy <url>...             the block editor's preview request, as the Author
 *
 * Environment: WORDPRESS_CONFIG (the name of /etc/wordpress/config-<name>.php, which Debian's
 * wp-config.php reads) and WP_TEST_HOST (127.0.0.1:<port>). Prints JSON.
 *
 * Posts are saved with wp_insert_post() while the post's user is the current user, which is what
 * the block editor (REST API) and the classic editor (post.php) do: for a user without
 * unfiltered_html (Author, Contributor) WordPress runs the content through kses on save, so what
 * is stored is what an Author's post really keeps.
 */

$_SERVER['HTTP_HOST'] = getenv('WP_TEST_HOST');
$_SERVER['SERVER_NAME'] = preg_replace('/:.*/', '', $_SERVER['HTTP_HOST']);
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['WORDPRESS_CONFIG'] = getenv('WORDPRESS_CONFIG');
$cmd = $argv[1] ?? '';

if ('install' === $cmd) {
	define('WP_INSTALLING', true);
}
require '/usr/share/wordpress/wp-load.php';

function out($value) {
	echo json_encode($value, JSON_UNESCAPED_SLASHES | JSON_PRETTY_PRINT), "\n";
}

function user_id($login) {
	$user = get_user_by('login', $login);
	if (!$user) {
		fwrite(STDERR, "no user $login\n");
		exit(1);
	}
	return $user->ID;
}

switch ($cmd) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$result = wp_install('Embed test', 'admin', 'admin@example.org', false, '', $argv[2]);
		$author = wp_insert_user(array(
			'user_login' => 'author',
			'user_pass'  => $argv[2],
			'user_email' => 'author@example.org',
			'role'       => 'author',
		));
		if (is_wp_error($author)) {
			fwrite(STDERR, $author->get_error_message() . "\n");
			exit(1);
		}
		out(array('admin' => $result['user_id'], 'author' => $author, 'theme' => get_stylesheet(), 'version' => $GLOBALS['wp_version']));
		break;

	case 'posts':
		$spec = json_decode(file_get_contents($argv[2]), true);
		$made = array();
		foreach ($spec as $post) {
			// Setting the user runs kses_init(): the content filters of a user without unfiltered_html.
			wp_set_current_user(user_id($post['user']));
			$id = wp_insert_post(wp_slash(array(
				'post_title'   => $post['title'],
				'post_name'    => $post['slug'],
				'post_content' => $post['content'],
				'post_status'  => 'publish',
				'post_author'  => get_current_user_id(),
			)), true);
			if (is_wp_error($id)) {
				fwrite(STDERR, $id->get_error_message() . "\n");
				exit(1);
			}
			$saved = get_post_field('post_content', $id, 'raw');
			$made[] = array(
				'slug'     => $post['slug'],
				'id'       => $id,
				'url'      => get_permalink($id),
				'unfiltered_html' => current_user_can('unfiltered_html'),
				'kept'     => array(
					'script' => substr_count($saved, '<script'),
					'iframe' => substr_count($saved, '<iframe'),
					'img'    => substr_count($saved, '<img'),
				),
			);
		}
		out($made);
		break;

	case 'proxy':
		wp_set_current_user(user_id('author'));
		$results = array();
		foreach (array_slice($argv, 2) as $url) {
			$request = new WP_REST_Request('GET', '/oembed/1.0/proxy');
			$request->set_query_params(array('url' => $url));
			$response = rest_do_request($request);
			$data = $response->get_data();
			$html = is_array($data) ? ($data['html'] ?? '') : (is_object($data) ? ($data->html ?? '') : '');
			$results[] = array(
				'url'    => $url,
				'status' => $response->get_status(),
				'iframe' => false !== strpos((string) $html, '<iframe'),
			);
		}
		out($results);
		break;

	default:
		fwrite(STDERR, "usage: php wp.php install <password> | posts <spec.json> | proxy <url>...\n");
		exit(2);
}
