/** The membership chart has one state: membership over time, as our sources state it. */
export const MEMBERSHIP_STATES = ['growth'] as const;
export type MembershipState = (typeof MEMBERSHIP_STATES)[number];
export const DEFAULT_MEMBERSHIP_STATE: MembershipState = 'growth';
