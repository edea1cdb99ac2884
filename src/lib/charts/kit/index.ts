/** The one text kit for every chart: sizes, measuring and wrapping, the label type, placement. */
export { LABEL, LABEL_GAP, LABEL_PAD } from './sizes';
export {
	CHAR_WIDTH,
	baseline,
	fitFirst,
	lineHeight,
	textWidth,
	wrapText,
	type TextBlock,
	type WrapOptions
} from './text';
export { inside, overlaps, segmentHitsBox, segmentsCross, type Box, type Point } from './geometry';
export { lineY, moveLabel, toLabel, type Anchor, type Label } from './label';
export {
	nudge,
	placeLabels,
	type DropReason,
	type LabelRequest,
	type PlaceOptions,
	type Placement
} from './place';
