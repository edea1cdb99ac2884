/**
 * Step ids that no longer exist, mapped to the step that now shows what they showed, so old deep
 * links (`#dashboard`) and embed `?step=` values keep working.
 */
export const STEP_ALIASES: Readonly<Record<string, string>> = {
	dashboard: 'hundred-percent'
};
