/*
 * embed.js: keeps every iframe of this story on the page as tall as its content. No dependencies.
 *
 *   <iframe src="https://example.org/story/embed/timeline/" data-ogp-embed title="…"></iframe>
 *   <script src="https://example.org/story/embed.js" async></script>
 *
 * An iframe is ours when it carries the data-ogp-embed attribute, or when its src lies below the
 * folder this script came from, at embed/… or <lang>/embed/…. Only messages from those iframes'
 * own windows and origins are read, and only a height in pixels is taken from them (pym.js
 * "pym xPYMx <id> xPYMx height xPYMx <px>" or Datawrapper {"datawrapper-height": {"<id>": px}}).
 * The only message sent is pym's "width" message, which asks an iframe to report its height.
 */
(function () {
	'use strict';
	var FLAG = '__ogpEmbedSizer';
	if (window[FLAG]) return; // the snippet may be pasted once per embed
	window[FLAG] = true;

	var ATTRIBUTE = 'data-ogp-embed';
	var DELIMITER = 'xPYMx';
	var DEFAULT_CHILD_ID = 'ogp-embed';
	var MAX_HEIGHT = 200000;
	var script = document.currentScript;
	var folder = script && script.src ? script.src.replace(/[?#].*$/, '').replace(/[^/]*$/, '') : '';

	function parse(frame) {
		try {
			return new URL(frame.getAttribute('src') || '', location.href);
		} catch (e) {
			return null;
		}
	}

	function isOurs(frame) {
		if (frame.hasAttribute(ATTRIBUTE)) return true;
		var url = parse(frame);
		if (!folder || !url || url.href.indexOf(folder) !== 0) return false;
		return /^([a-z]{2}\/)?embed\//.test(url.href.slice(folder.length));
	}

	function frameOf(source) {
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++) {
			if (frames[i].contentWindow === source && isOurs(frames[i])) return frames[i];
		}
		return null;
	}

	function heightOf(data) {
		var raw = null;
		if (typeof data === 'string') {
			var parts = data.split(DELIMITER);
			if (parts.length === 4 && parts[0] === 'pym' && parts[2] === 'height') raw = parts[3];
		} else if (data && typeof data === 'object') {
			var sizes = data['datawrapper-height'];
			if (sizes && typeof sizes === 'object') {
				for (var id in sizes) {
					if (Object.prototype.hasOwnProperty.call(sizes, id)) {
						raw = sizes[id];
						break;
					}
				}
			}
		}
		if (typeof raw !== 'string' && typeof raw !== 'number') return null;
		if (!/^\d+(\.\d+)?$/.test(String(raw))) return null;
		var px = Math.ceil(Number(raw));
		return px > 0 && px <= MAX_HEIGHT ? px : null;
	}

	window.addEventListener('message', function (event) {
		var frame = frameOf(event.source);
		var url = frame && parse(frame);
		if (!url || event.origin !== url.origin) return;
		var px = heightOf(event.data);
		if (px !== null) frame.style.height = px + 'px';
	});

	// An iframe may have reported its height before this script ran: ask once it has loaded.
	function ask(frame) {
		var url = parse(frame);
		if (!url || !frame.contentWindow) return;
		var id = url.searchParams.get('childId') || DEFAULT_CHILD_ID;
		var message = ['pym', id, 'width', String(frame.offsetWidth)].join(DELIMITER);
		frame.contentWindow.postMessage(message, url.origin);
	}

	document.addEventListener(
		'load',
		function (event) {
			var target = event.target;
			if (target && target.tagName === 'IFRAME' && isOurs(target)) ask(target);
		},
		true
	);
	// Frames still on about:blank are skipped (a message to them would only log an origin error);
	// their load event asks. A loaded cross-origin frame is the one whose location cannot be read.
	function hasLoaded(frame) {
		try {
			return frame.contentWindow.location.href !== 'about:blank';
		} catch (e) {
			return true;
		}
	}
	var frames = document.getElementsByTagName('iframe');
	for (var i = 0; i < frames.length; i++) {
		if (isOurs(frames[i]) && hasLoaded(frames[i])) ask(frames[i]);
	}
})();
