/** Stands for a figure's id prefix in artboard files; the page replaces it, so ids stay unique. */
export const ID_TOKEN = '__FIG__';
