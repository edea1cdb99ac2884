/** The membership chart's registry entry: its states, data, sources and component. */
import { defineChart, uniqueSources } from '../define';
import {
	MembershipChart,
	toMembershipData,
	MEMBERSHIP_STATES,
	DEFAULT_MEMBERSHIP_STATE
} from './index';

export const membershipChart = defineChart({
	states: MEMBERSHIP_STATES,
	defaultState: DEFAULT_MEMBERSHIP_STATE,
	toData: toMembershipData,
	sources: (data) => uniqueSources(toMembershipData(data, 'en').figures.map((f) => f.sourceIds)),
	component: MembershipChart
});
