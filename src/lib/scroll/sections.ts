/**
 * Steps grouped into scrolly sections: a run of consecutive steps that share one chart gets one
 * sticky figure. Pure, so the state every figure shows is testable without scrolling.
 */
import type { ChartId } from '$lib/charts/types';

export interface StepLike {
	id: string;
	chart: ChartId;
	state: string;
}

export interface Section<S extends StepLike = StepLike> {
	/** Stable id: the first step's id. */
	id: string;
	chart: ChartId;
	steps: readonly S[];
}

export function toSections<S extends StepLike>(steps: readonly S[]): Section<S>[] {
	const sections: Section<S>[] = [];
	for (const step of steps) {
		const last = sections[sections.length - 1];
		if (last && last.chart === step.chart) (last.steps as S[]).push(step);
		else sections.push({ id: step.id, chart: step.chart, steps: [step] });
	}
	return sections;
}

/**
 * The state a section's figure shows while `activeId` is the active step: its own step's state
 * when active, its first state before it is reached, its last state once the reader has passed it.
 */
export function sectionState<S extends StepLike>(
	section: Section<S>,
	steps: readonly S[],
	activeId: string | null
): string {
	const first = section.steps[0]!;
	const last = section.steps[section.steps.length - 1]!;
	const own = section.steps.find((s) => s.id === activeId);
	if (own) return own.state;
	const active = steps.findIndex((s) => s.id === activeId);
	if (active < 0) return first.state;
	return active < steps.indexOf(first) ? first.state : last.state;
}

/**
 * Read a step id from a URL hash; an unknown id is reported, and the story starts at the top. A
 * hash that names another place on the page (`isAnchor`: a source, a heading) is the browser's to
 * follow, without a warning. An old step id (`aliases`: old id -> new id) opens its replacement.
 */
export function stepFromHash(
	hash: string,
	stepIds: readonly string[],
	isAnchor: (id: string) => boolean = () => false,
	aliases: Readonly<Record<string, string>> = {}
): { id: string | null; warning: string | null } {
	let raw: string;
	try {
		raw = decodeURIComponent(hash.replace(/^#/, '')).trim();
	} catch {
		return { id: null, warning: `Unreadable link target "${hash}"; starting at the top.` };
	}
	if (raw === '') return { id: null, warning: null };
	if (stepIds.includes(raw)) return { id: raw, warning: null };
	const alias = aliases[raw];
	if (alias !== undefined && stepIds.includes(alias)) return { id: alias, warning: null };
	if (isAnchor(raw)) return { id: null, warning: null };
	return {
		id: null,
		warning: `Unknown step "${raw}" in the link; starting at the top. Known steps: ${stepIds.join(', ')}.`
	};
}
