/**
 * Interface words of the presentation mode (slides, speaker view, handout) and of the story's
 * "Present" control, per language. Story prose never lives here: it comes from the copy files.
 */
import type { Locale } from '$lib/format/dates';

export interface PresentStrings {
	/** The story's control that opens the presentation. */
	present: string;
	/** Its longer accessible description (mentions the P key). */
	presentHint: string;
	/** Accessible name of the slide area. */
	deckLabel: string;
	/** Heading of the closing slide on the limits of the sources. */
	unknownsHeading: string;
	/** Its lead-in: the known, then the unknown. */
	unknownsLead: string;
	/** Discreet progress, e.g. "7 / 15". */
	progress: (n: number, total: number) => string;
	/** Progress spelled out for assistive technology, e.g. "Slide 7 of 15". */
	slideOf: (n: number, total: number) => string;
	/** Announced politely when the slide changes. */
	announce: (n: number, total: number, caption: string) => string;
	/** Shown while a slide number is being typed, e.g. "Go to 12". */
	typedJump: (digits: string) => string;
	blanked: string;
	unblanked: string;
	/** The black screen's name, as a button that brings the slide back. */
	unblank: string;
	/** The slide toolbar's accessible name and its buttons. */
	toolbar: string;
	previous: string;
	next: string;
	fullscreen: string;
	exitFullscreen: string;
	speakerView: string;
	handout: string;
	backToStory: string;
	keysHelp: string;
	close: string;
	/** The keys dialog: each line is [keys, what they do]. */
	keysTitle: string;
	keys: readonly (readonly [string, string])[];
	/** Speaker view. */
	speaker: {
		title: string;
		current: string;
		next: string;
		end: string;
		notes: string;
		noNotes: string;
		elapsed: string;
		clock: string;
		resetTimer: string;
		audienceBlank: string;
		sources: string;
	};
	/** Handout. */
	handoutTitle: string;
	print: string;
	printHint: string;
	/** Without JavaScript the slides' page shows the handout's text; its charts are on the handout page. */
	chartsOnHandout: string;
	/**
	 * Printed in place of a chart of the slides' printable copy that had not been drawn when
	 * printing began (the copy's charts are fetched after the slides open).
	 */
	printPending: string;
	/** Heading of a handout page, e.g. "7 / 15 · The Extended Plan". */
	handoutPage: (n: number, total: number, name: string) => string;
	sourcesHeading: string;
}

export const PRESENT: Record<Locale, PresentStrings> = {
	en: {
		present: 'Present',
		presentHint: 'Present this story as slides, from this step (key: P)',
		deckLabel: 'Presentation',
		unknownsHeading: 'What we don’t know',
		unknownsLead: 'The sources behind this story do not show:',
		progress: (n, total) => `${n} / ${total}`,
		slideOf: (n, total) => `Slide ${n} of ${total}`,
		announce: (n, total, caption) => `Slide ${n} of ${total}. ${caption}`,
		typedJump: (digits) => `Go to ${digits}`,
		blanked: 'Screen blanked. Press B or Esc to return.',
		unblanked: 'Screen back.',
		unblank: 'Bring the slide back',
		toolbar: 'Presentation controls',
		previous: 'Previous slide',
		next: 'Next slide',
		fullscreen: 'Full screen',
		exitFullscreen: 'Leave full screen',
		speakerView: 'Speaker view',
		handout: 'Handout',
		backToStory: 'Back to the story',
		keysHelp: 'Keys',
		close: 'Close',
		keysTitle: 'Keys and clicker',
		keys: [
			['→ ↓ Page Down Space Enter N', 'Next slide'],
			['← ↑ Page Up Shift+Space Backspace', 'Previous slide'],
			['Home / End', 'First / last slide'],
			['a number, then Enter', 'Go to that slide'],
			['F', 'Full screen'],
			['B or .', 'Blank the screen'],
			['Esc', 'Leave the blank screen or full screen'],
			['S', 'Speaker view, in a second window'],
			['Swipe, or tap the left or right side', 'Previous or next slide, on a touch screen']
		],
		speaker: {
			title: 'Speaker view',
			current: 'Now',
			next: 'Next',
			end: 'End of the presentation',
			notes: 'Notes',
			noNotes: 'No notes for this slide.',
			elapsed: 'Elapsed',
			clock: 'Time',
			resetTimer: 'Reset timer',
			audienceBlank: 'The audience screen is blank (B to bring it back)',
			sources: 'Sources'
		},
		handoutTitle: 'Handout',
		print: 'Print or save as PDF',
		printHint: 'Each step prints on its own page, with its chart and sources.',
		chartsOnHandout: 'The charts of these pages are on the handout page.',
		printPending:
			'This chart was still loading when printing began. Print again in a moment, or print the handout page, which carries every chart.',
		handoutPage: (n, total, name) => `${n} / ${total} · ${capitalise(name)}`,
		sourcesHeading: 'Sources'
	},
	es: {
		present: 'Presentar',
		presentHint: 'Presentar esta historia como diapositivas, desde este paso (tecla: P)',
		deckLabel: 'Presentación',
		unknownsHeading: 'Lo que no sabemos',
		unknownsLead: 'Las fuentes de esta historia no muestran:',
		progress: (n, total) => `${n} / ${total}`,
		slideOf: (n, total) => `Diapositiva ${n} de ${total}`,
		announce: (n, total, caption) => `Diapositiva ${n} de ${total}. ${caption}`,
		typedJump: (digits) => `Ir a la ${digits}`,
		blanked: 'Pantalla en negro. Presiona B o Esc para volver.',
		unblanked: 'Pantalla de vuelta.',
		unblank: 'Volver a mostrar la diapositiva',
		toolbar: 'Controles de la presentación',
		previous: 'Diapositiva anterior',
		next: 'Diapositiva siguiente',
		fullscreen: 'Pantalla completa',
		exitFullscreen: 'Salir de pantalla completa',
		speakerView: 'Vista del presentador',
		handout: 'Material impreso',
		backToStory: 'Volver a la historia',
		keysHelp: 'Teclas',
		close: 'Cerrar',
		keysTitle: 'Teclas y control remoto',
		keys: [
			['→ ↓ Av Pág Espacio Intro N', 'Diapositiva siguiente'],
			['← ↑ Re Pág Mayús+Espacio Retroceso', 'Diapositiva anterior'],
			['Inicio / Fin', 'Primera / última diapositiva'],
			['un número y luego Intro', 'Ir a esa diapositiva'],
			['F', 'Pantalla completa'],
			['B o .', 'Poner la pantalla en negro'],
			['Esc', 'Salir de la pantalla en negro o de pantalla completa'],
			['S', 'Vista del presentador, en otra ventana'],
			[
				'Desliza, o toca el lado izquierdo o derecho',
				'Diapositiva anterior o siguiente, en pantalla táctil'
			]
		],
		speaker: {
			title: 'Vista del presentador',
			current: 'Ahora',
			next: 'Sigue',
			end: 'Fin de la presentación',
			notes: 'Notas',
			noNotes: 'Esta diapositiva no tiene notas.',
			elapsed: 'Transcurrido',
			clock: 'Hora',
			resetTimer: 'Reiniciar el cronómetro',
			audienceBlank: 'La pantalla del público está en negro (B para volver)',
			sources: 'Fuentes'
		},
		handoutTitle: 'Material impreso',
		print: 'Imprimir o guardar como PDF',
		printHint: 'Cada paso se imprime en su propia página, con su gráfica y sus fuentes.',
		chartsOnHandout: 'Las gráficas de estas páginas están en la página del material impreso.',
		printPending:
			'Esta gráfica aún se estaba cargando cuando empezó la impresión. Vuelva a imprimir en un momento, o imprima la página del material impreso, que trae todas las gráficas.',
		handoutPage: (n, total, name) => `${n} / ${total} · ${capitalise(name)}`,
		sourcesHeading: 'Fuentes'
	}
};

function capitalise(s: string): string {
	return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}
