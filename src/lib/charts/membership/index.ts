export { default as MembershipChart } from './MembershipChart.svelte';
export { toMembershipData, type MembershipData } from './data';
export { MEMBERSHIP_STATES, DEFAULT_MEMBERSHIP_STATE } from './states';
