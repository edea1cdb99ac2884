/**
 * Interface words of the embeds and of the "Embed" dialog, per language (Spanish: es-MX).
 * Components take them from here, never inline. The button's words are apart from the rest so
 * that the story's first load carries only them; the dialog brings its own when it opens.
 */
import type { Locale } from '$lib/format/dates';

export interface EmbedButtonStrings {
	/** Visible label of the button under each chart. */
	embed: string;
	/** Rest of the button's accessible name, after the visible "Embed". */
	embedWhat: (chartTitle: string) => string;
}

export const EMBED_BUTTON_STRINGS: Record<Locale, EmbedButtonStrings> = {
	en: { embed: 'Embed', embedWhat: (title) => `this chart: ${title}` },
	es: { embed: 'Insertar', embedWhat: (title) => `esta gráfica: ${title}` }
};

export interface EmbedStrings {
	/** Dialog heading. */
	dialogTitle: string;
	/** What the code will show: the chart at a step, in a language. */
	dialogIntro: (stepName: string, language: string) => string;
	/** Closes the dialog. */
	close: string;
	/** The recommended code: iframe plus our sizing script. */
	codeLabel: string;
	codeHint: string;
	/** The code for pages that already use pym.js. */
	pymLabel: string;
	pymHint: string;
	/** The plain link. */
	linkLabel: string;
	openLink: string;
	/** Copy button and its confirmations. */
	copy: string;
	/** The copy button's full name, starting with its visible word. */
	copyWhat: (what: string) => string;
	copied: string;
	copyFailed: string;
	/** Language names, in this language, for the dialog's intro. */
	languageNames: Record<Locale, string>;
	/** Link from an embed back to the full story. */
	readStory: string;
	/** Said after links that open a new tab. */
	newTab: string;
	/** The in-embed stepper. */
	stepperLabel: string;
	previous: string;
	next: string;
	stepOf: (n: number, total: number, name: string) => string;
	/** The embed's own source list. */
	sourcesSummary: (n: number) => string;
	/** Title of the whole-story embed's iframe. */
	storyFrameTitle: (headline: string) => string;
}

export const EMBED_STRINGS: Record<Locale, EmbedStrings> = {
	en: {
		dialogTitle: 'Embed this chart',
		dialogIntro: (step, language) =>
			`Put the chart on your page as it is now, at “${step}”, in ${language}. It sizes itself to fit.`,
		close: 'Close',
		codeLabel: 'Embed code',
		codeHint:
			'Paste it where the chart should appear. The script keeps the frame as tall as the chart.',
		pymLabel: 'If your page already loads pym.js',
		pymHint: 'Use this instead: pym.js sizes the frame.',
		linkLabel: 'Link',
		openLink: 'Open the embed',
		copy: 'Copy',
		copyWhat: (what) => `Copy: ${what}`,
		copied: 'Copied',
		copyFailed: 'Could not copy: the code is selected, press Ctrl+C (⌘C on a Mac).',
		languageNames: { en: 'English', es: 'Spanish' },
		readStory: 'Read the full story',
		newTab: '(opens in a new tab)',
		stepperLabel: 'Chart steps',
		previous: 'Previous',
		next: 'Next',
		stepOf: (n, total, name) => `${n} of ${total}: ${name}`,
		sourcesSummary: (n) => (n === 1 ? '1 source' : `${n} sources`),
		storyFrameTitle: (headline) => `Interactive story: ${headline}`
	},
	es: {
		dialogTitle: 'Insertar esta gráfica',
		dialogIntro: (step, language) =>
			`Pon la gráfica en tu página tal como se ve ahora, en «${step}», en ${language}. Se ajusta sola a su contenido.`,
		close: 'Cerrar',
		codeLabel: 'Código para insertar',
		codeHint:
			'Pégalo donde quieras que aparezca la gráfica. El script mantiene el marco tan alto como la gráfica.',
		pymLabel: 'Si tu página ya carga pym.js',
		pymHint: 'Usa este código: pym.js ajusta la altura del marco.',
		linkLabel: 'Enlace',
		openLink: 'Abrir la gráfica',
		copy: 'Copiar',
		copyWhat: (what) => `Copiar: ${what}`,
		copied: 'Copiado',
		copyFailed: 'No se pudo copiar: el código está seleccionado, presiona Ctrl+C (⌘C en Mac).',
		languageNames: { en: 'inglés', es: 'español' },
		readStory: 'Lee la historia completa',
		newTab: '(se abre en una pestaña nueva)',
		stepperLabel: 'Pasos de la gráfica',
		previous: 'Anterior',
		next: 'Siguiente',
		stepOf: (n, total, name) => `${n} de ${total}: ${name}`,
		sourcesSummary: (n) => (n === 1 ? '1 fuente' : `${n} fuentes`),
		storyFrameTitle: (headline) => `Historia interactiva: ${headline}`
	}
};
