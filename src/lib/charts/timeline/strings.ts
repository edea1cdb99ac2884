/**
 * Every word the timeline draws, in English and Mexican Spanish. Annotations are the events'
 * own texts (events.csv text_en / text_es) cut down to fit a phone, keyed by event id: they add no
 * fact the event row and its sources do not hold. The full text stays in each mark's tooltip.
 */
import type { Locale } from '$lib/format/dates';

export interface TimelineStrings {
	/** Accessible name of the drawing. */
	label: (from: string, to: string) => string;
	/** Short annotation per event id (only events some state annotates). */
	notes: Record<string, string>;
}

const en: TimelineStrings = {
	label: (from, to) => `Timeline of Mexico in the Open Government Partnership, ${from} to ${to}`,
	notes: {
		'2011-09-20-ogp-launch': 'OGP launches; Mexico is one of eight founding governments',
		'2011-09-20-first-plan-presented':
			'Calderón presents Mexico’s first plan, drafted by the government',
		'2011-csos-reject-plan': 'Civil-society groups reject the plan',
		'2011-12-stt-created':
			'Tripartite Technical Secretariat created: government, IFAI and civil society',
		'2014-09-24-mexico-assumes-chair': 'Mexico takes the OGP chair (2014–2015)',
		'2015-10-28-global-summit': 'OGP Global Summit in Mexico City',
		'2015-10-30-summit-counter-statement':
			'190 or more organisations: Mexico’s open government falls short',
		'2017-csos-leave-stt':
			'Civil-society organisations leave the Tripartite Technical Secretariat; the IRM ties it to “the spy government case”',
		'2015-01-eiti-intention': 'Mexico announces its intention to join EITI',
		'2017-10-25-eiti-admits-mexico': 'EITI admits Mexico, after the 2013–2015 plan ended'
	}
};

const es: TimelineStrings = {
	label: (from, to) =>
		`Cronología de México en la Alianza para el Gobierno Abierto, de ${from} a ${to}`,
	notes: {
		'2011-09-20-ogp-launch': 'Nace la AGA; México es uno de los ocho gobiernos fundadores',
		'2011-09-20-first-plan-presented':
			'Calderón presenta el primer plan de México, elaborado por el gobierno',
		'2011-csos-reject-plan': 'Las organizaciones de la sociedad civil rechazan el plan',
		'2011-12-stt-created':
			'Se crea el Secretariado Técnico Tripartita: gobierno, IFAI y sociedad civil',
		'2014-09-24-mexico-assumes-chair': 'México asume la presidencia de la AGA (2014-2015)',
		'2015-10-28-global-summit': 'Cumbre Global de la AGA en la Ciudad de México',
		'2015-10-30-summit-counter-statement':
			'190 o más organizaciones: el gobierno abierto de México se queda corto',
		'2017-csos-leave-stt':
			'Organizaciones de la sociedad civil dejan el Secretariado Técnico Tripartita; el IRM lo atribuye al caso de espionaje del gobierno',
		'2015-01-eiti-intention': 'México anuncia su intención de sumarse a la EITI',
		'2017-10-25-eiti-admits-mexico': 'La EITI admite a México, tras el fin del plan 2013-2015'
	}
};

export const TIMELINE_STRINGS: Record<Locale, TimelineStrings> = { en, es };
