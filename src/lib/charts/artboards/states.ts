/** Every state of every chart, for drawing artboards: each chart's registry entry owns its list. */
export { chartStates } from '$lib/charts/registry';
