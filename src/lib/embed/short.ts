/**
 * The short story embed: the key states only, for a host page that wants the gist. Each id is a
 * step of the story (a unit test keeps them in STEPS); the embed shows them in story order.
 */
export const SHORT_STEPS = [
	'founder',
	'extended-plan',
	'hundred-percent',
	'independent-review',
	'walkout',
	'third-verdict'
] as const;
