// Whether a live chart shows what its artboard file holds, shared by the story's chart tests.
import type { Page } from 'playwright-core';
import { ID_TOKEN } from '../../src/lib/charts/artboards/token';

/**
 * Whether the section's drawing is its artboard file's markup for `state` on the board picked for
 * its box: the file has arrived and been drawn, and no move is under way. The HTML's first drawing
 * is the nominal board with faded-out marks left out, so it never passes for the file's.
 */
export function showsArtboard(
	page: Page,
	section: string,
	state: string,
	root: string
): Promise<boolean> {
	return page.evaluate(
		async ({ section, state, token, root }) => {
			const canon = (n: Node): string =>
				n.nodeType === 3
					? JSON.stringify(n.nodeValue)
					: n.nodeType !== 1
						? ''
						: `<${(n as Element).tagName.toLowerCase()} ${Array.from((n as Element).attributes)
								.map((a) => `${a.name}=${JSON.stringify(a.value)}`)
								.sort()
								.join(' ')}>${Array.from(n.childNodes).map(canon).join('')}</>`;
			const box = document.querySelector<HTMLElement>(`[data-section="${section}"] .live-chart`)!;
			if (box.classList.contains('moving')) return false;
			const chart = box.closest('figure')!.dataset.chart;
			const file = `charts/${document.documentElement.lang}/${chart}-${box.dataset.board}.json`;
			const json = await (await fetch(new URL(file, root))).json();
			const tpl = document.createElement('template');
			tpl.innerHTML = json.states[state].replaceAll(token, `fig-${section}`);
			return canon(box.querySelector('svg')!) === canon(tpl.content.querySelector('svg')!);
		},
		{ section, state, token: ID_TOKEN, root }
	);
}
