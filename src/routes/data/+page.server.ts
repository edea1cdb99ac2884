import { loadDataset } from '$lib/data/load';
import type { PageServerLoad } from './$types';

/** Build time only: the CSVs are read, validated and turned into what the page shows. */
export const load: PageServerLoad = () => {
	const data = loadDataset();
	return { data };
};
