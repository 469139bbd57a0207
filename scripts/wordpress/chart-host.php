<?php
/**
 * Plugin Name: Chart site on loopback (TEST ONLY)
 * Description: Lets this throw-away WordPress reach the chart site as if it were public.
 *
 * TEST ONLY. Copied into the mu-plugins folder of the WordPress that `npm run test:wordpress`
 * installs, never into a real site. In production the chart site's host name resolves through
 * public DNS and its certificate is signed by a real CA, so WordPress needs nothing of this.
 * Here the chart site is nginx on 127.0.0.1 with a self-signed certificate, so this plugin
 * stands in for DNS and the CA, and for nothing else:
 *
 * - requests to https://CHART_SITE_HOST/... are sent to CHART_SITE_CONNECT (127.0.0.1:<port>)
 *   with the original Host header. This works with both of WordPress's HTTP transports (curl,
 *   and the socket one Debian's package uses when php-curl is not installed); curl's
 *   CURLOPT_RESOLVE would need php-curl.
 * - the self-signed certificate is accepted, for that host only;
 * - the loopback address is allowed, for that host only (WordPress refuses private addresses
 *   for oEmbed discovery, rightly, on a real site).
 *
 * Everything else WordPress does is untouched: oEmbed discovery, its filtering of the response
 * for an unknown provider, the iframe sandbox and secret, wp-embed.js.
 *
 * It also logs every forwarded request and every oEmbed result (before and after WordPress's
 * filter) to WP_CONTENT_DIR/chart-host.log, so a failing test can say what WordPress saw.
 */

if (!defined('CHART_SITE_HOST') || !defined('CHART_SITE_CONNECT')) {
	return;
}

function chart_host_log($line) {
	file_put_contents(WP_CONTENT_DIR . '/chart-host.log', gmdate('H:i:s ') . $line . "\n", FILE_APPEND);
}

add_filter('pre_http_request', function ($pre, $args, $url) {
	$parts = wp_parse_url($url);
	if (false !== $pre || !is_array($parts) || ($parts['host'] ?? '') !== CHART_SITE_HOST) {
		return $pre;
	}
	// Follow redirects here (the forwarded request must not follow them itself: a Location on
	// CHART_SITE_HOST would go to the real DNS).
	$max = isset($args['redirection']) ? (int) $args['redirection'] : 5;
	for ($hop = 0; ; $hop++) {
		$path = ($parts['path'] ?? '/') . (isset($parts['query']) ? '?' . $parts['query'] : '');
		$forward = $args;
		$forward['headers'] = array_merge((array) ($args['headers'] ?? array()), array('Host' => CHART_SITE_HOST));
		$forward['sslverify'] = false;           // self-signed test certificate
		$forward['reject_unsafe_urls'] = false;  // 127.0.0.1 stands in for a public address
		$forward['redirection'] = 0;
		$response = wp_remote_request('https://' . CHART_SITE_CONNECT . $path, $forward);
		$code = wp_remote_retrieve_response_code($response);
		chart_host_log(sprintf('%s https://%s%s -> %s', $args['method'] ?? 'GET', CHART_SITE_HOST, $path,
			is_wp_error($response) ? $response->get_error_message() : $code));
		$location = wp_remote_retrieve_header($response, 'location');
		if (is_wp_error($response) || $code < 300 || $code >= 400 || !$location || $hop >= $max) {
			return $response;
		}
		$next = wp_parse_url(WP_Http::make_absolute_url($location, 'https://' . CHART_SITE_HOST . $path));
		if (($next['host'] ?? '') !== CHART_SITE_HOST) {
			return $response;
		}
		$parts = $next;
	}
}, 10, 3);

// WordPress turns the oEmbed response into HTML in 'oembed_dataparse'; its filter for unknown
// providers (wp_filter_oembed_result) runs there at priority 10.
add_filter('oembed_dataparse', function ($html, $data, $url) {
	chart_host_log("oembed $url html as received: " . (false === $html ? 'false' : $html));
	return $html;
}, 9, 3);
add_filter('oembed_dataparse', function ($html, $data, $url) {
	chart_host_log("oembed $url html kept by WordPress: " . (false === $html ? 'false' : $html));
	return $html;
}, 11, 3);
