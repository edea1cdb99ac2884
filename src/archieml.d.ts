declare module 'archieml' {
	const archieml: {
		/** Parse ArchieML text into a plain object. */
		load(text: string, options?: { comments?: boolean }): Record<string, unknown>;
	};
	export default archieml;
}
